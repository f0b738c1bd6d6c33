package org.acarules.workbench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.acarules.batch.Summary;
import org.acarules.rulesets.ComparisonReport;

/**
 * What a version changes over the compared households: how many people move from each outcome under the active
 * version to each outcome under the draft, how many hold each outcome under either, and the APTC totals. The same
 * table for a comparison made by a page (the scenarios' households) and for a re-evaluation job's summary (the stored
 * applicants, tallied by the job); the pages draw it with the tag {@code tags/transitions.html}.
 */
public record Transitions(String beforeLabel, String afterLabel, List<Move> moves, List<String> outcomes, Map<String, Integer> activeCounts,
        Map<String, Integer> draftCounts, BigDecimal activeAptcAnnual, BigDecimal draftAptcAnnual, int people,
        int peopleMoved, String chartJson) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NO_ANSWER = "no answer";

    /** {@code count} people whose outcome was {@code from} and is {@code to}. */
    public record Move(String from, String to, int count, boolean changed) {
    }

    public BigDecimal aptcChange() {
        return draftAptcAnnual.subtract(activeAptcAnnual);
    }

    static Transitions of(ComparisonReport report) {
        Map<String, Map<String, Integer>> moves = new TreeMap<>();
        Map<String, Integer> before = new TreeMap<>();
        Map<String, Integer> after = new TreeMap<>();
        BigDecimal aptcBefore = BigDecimal.ZERO;
        BigDecimal aptcAfter = BigDecimal.ZERO;
        int people = 0;
        int moved = 0;
        for (ComparisonReport.HouseholdComparison household : report.results()) {
            Map<String, String> draftOutcomes = outcomes(household.draft());
            for (Map.Entry<String, String> person : outcomes(household.active()).entrySet()) {
                String from = person.getValue();
                String to = draftOutcomes.getOrDefault(person.getKey(), NO_ANSWER);
                moves.computeIfAbsent(from, f -> new TreeMap<>()).merge(to, 1, Integer::sum);
                before.merge(from, 1, Integer::sum);
                after.merge(to, 1, Integer::sum);
                people++;
                if (!from.equals(to)) {
                    moved++;
                }
            }
            aptcBefore = aptcBefore.add(aptcAnnual(household.active()));
            aptcAfter = aptcAfter.add(aptcAnnual(household.draft()));
        }
        List<Move> list = new ArrayList<>();
        moves.forEach((from, tos) -> tos.forEach((to, n) -> list.add(new Move(from, to, n, !from.equals(to)))));
        return of("active version", "this version", list, before, after, aptcBefore, aptcAfter, people, moved);
    }

    /** A re-evaluation job's tally: before is its compare_to version, after its ruleset_version. */
    static Transitions of(Summary summary) {
        List<Move> list = new ArrayList<>();
        Map<String, Integer> before = new TreeMap<>();
        Map<String, Integer> after = new TreeMap<>();
        int people = 0;
        int moved = 0;
        for (Summary.Transition t : summary.transitions()) {
            int n = Math.toIntExact(t.persons());
            boolean changed = !t.before().equals(t.after());
            list.add(new Move(t.before(), t.after(), n, changed));
            before.merge(t.before(), n, Integer::sum);
            after.merge(t.after(), n, Integer::sum);
            people += n;
            moved += changed ? n : 0;
        }
        return of("compared with " + Versions.brief(summary.compareTo()), "re-evaluated with "
                + Versions.brief(summary.rulesetVersion()), list, before, after, summary.aptcBefore(), summary.aptcAfter(),
                people, moved);
    }

    private static Transitions of(String beforeLabel, String afterLabel, List<Move> list, Map<String, Integer> before,
            Map<String, Integer> after, BigDecimal aptcBefore, BigDecimal aptcAfter, int people, int moved) {
        list.sort((a, b) -> a.changed() == b.changed() ? Integer.compare(b.count(), a.count()) : a.changed() ? -1 : 1);
        TreeSet<String> outcomes = new TreeSet<>(before.keySet());
        outcomes.addAll(after.keySet());
        return new Transitions(beforeLabel, afterLabel, list, List.copyOf(outcomes), before, after, aptcBefore, aptcAfter,
                people, moved, chart(List.copyOf(outcomes), before, after, beforeLabel, afterLabel));
    }

    /** Person id -> outcome in one answer; an answer with errors has none. */
    private static Map<String, String> outcomes(JsonNode answer) {
        Map<String, String> outcomes = new HashMap<>();
        for (JsonNode person : answer.path("people")) {
            outcomes.put(person.path("id").asText(), person.path("outcome").asText(NO_ANSWER));
        }
        return outcomes;
    }

    private static BigDecimal aptcAnnual(JsonNode answer) {
        JsonNode amount = answer.path("household").path("aptc").path("amount").path("annual");
        return amount.isNumber() ? amount.decimalValue() : BigDecimal.ZERO;
    }

    /** Chart.js data: people per outcome before and after, side by side. */
    private static String chart(List<String> outcomes, Map<String, Integer> before, Map<String, Integer> after,
            String beforeLabel, String afterLabel) {
        List<Integer> a = outcomes.stream().map(o -> before.getOrDefault(o, 0)).toList();
        List<Integer> d = outcomes.stream().map(o -> after.getOrDefault(o, 0)).toList();
        try {
            return JSON.writeValueAsString(Map.of("labels", outcomes, "datasets", List.of(
                    Map.of("label", beforeLabel, "data", a), Map.of("label", afterLabel, "data", d))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
