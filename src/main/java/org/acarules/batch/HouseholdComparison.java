package org.acarules.batch;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Compares one household's answers before (compare_to) and after (ruleset_version): adds every person to the
 * transition tally and says whether the household changed: any person's outcome or CSR level, or the
 * household's APTC, or an evaluation that failed.
 */
final class HouseholdComparison {
    private HouseholdComparison() {
    }

    record Side(Outcomes outcomes, List<String> firedRules) {
    }

    static ChunkResult.Change compare(long applicantId, String externalId, String state, Side before, Side after,
            Map<ChunkResult.TallyKey, ChunkResult.Tally> tallies, StringBuilder peopleJson) {
        Outcomes b = before.outcomes();
        Outcomes a = after.outcomes();
        String band = FplBand.of(b.fplPercent() != null ? b.fplPercent() : a.fplPercent());
        Map<String, Outcomes.PersonSide> afterById = new LinkedHashMap<>();
        a.people().forEach(p -> afterById.put(p.id(), p));
        boolean changed = b.error() != null || a.error() != null || b.householdAptc().compareTo(a.householdAptc()) != 0;
        peopleJson.setLength(0);
        peopleJson.append('[');
        for (Outcomes.PersonSide pb : b.people()) {
            Outcomes.PersonSide pa = afterById.getOrDefault(pb.id(), new Outcomes.PersonSide(pb.id(), "missing", null,
                    java.math.BigDecimal.ZERO));
            ChunkResult.Tally tally = tallies.computeIfAbsent(new ChunkResult.TallyKey(state, band, pb.outcome(), pa.outcome()),
                    k -> new ChunkResult.Tally());
            tally.persons++;
            tally.aptcBefore = tally.aptcBefore.add(pb.aptc());
            tally.aptcAfter = tally.aptcAfter.add(pa.aptc());
            changed |= !pb.outcome().equals(pa.outcome()) || !Objects.equals(pb.csr(), pa.csr());
            if (peopleJson.length() > 1) {
                peopleJson.append(',');
            }
            peopleJson.append("{\"id\":").append(quote(pb.id()))
                    .append(",\"before\":").append(side(pb)).append(",\"after\":").append(side(pa)).append('}');
        }
        peopleJson.append(']');
        if (!changed) {
            return null;
        }
        String error = b.error() != null ? "before: " + b.error() : a.error() != null ? "after: " + a.error() : null;
        return new ChunkResult.Change(applicantId, externalId, state, band, b.householdAptc(), a.householdAptc(),
                peopleJson.toString(), difference(after.firedRules(), before.firedRules()),
                difference(before.firedRules(), after.firedRules()), truncate(error));
    }

    /** The rule ids of {@code rules} not in {@code minus}, each once, in their order, comma-separated. */
    private static String difference(List<String> rules, List<String> minus) {
        // a hash set: Set.removeAll(list) looked each id up in the list, quadratic in the rules fired
        Set<String> seen = new HashSet<>(minus);
        StringJoiner out = new StringJoiner(",");
        for (String rule : rules) {
            if (seen.add(rule)) {
                out.add(rule);
            }
        }
        return out.toString();
    }

    private static String side(Outcomes.PersonSide p) {
        return "{\"outcome\":" + quote(p.outcome()) + ",\"csr\":" + (p.csr() == null ? "null" : quote(p.csr()))
                + ",\"aptc\":" + p.aptc().toPlainString() + "}";
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 2000 ? s : s.substring(0, 2000);
    }

}
