package org.acarules.population;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.acarules.definitions.ParameterStore;

/**
 * Writes N households as JSON Lines ({"external_id", "request"} a line, the import format) drawn from the
 * distributions in benefit-definitions/population/ with a seeded generator: same seed, same file. Incomes are
 * a percent of the poverty guideline the credit uses (the year before the coverage year, by state area).
 */
public final class PopulationGenerator {
    private final Distributions d;
    private final ParameterStore parameters;

    public PopulationGenerator(Path definitionsDir, ParameterStore parameters) {
        this.d = Distributions.load(definitionsDir);
        this.parameters = parameters;
    }

    public void write(int size, int year, long seed, Writer out) {
        SplittableRandom random = new SplittableRandom(seed);
        Distributions.Choice sizes = d.choice("household_size");
        Distributions.Choice adultAges = d.choice("adult_age");
        Distributions.Choice childAges = d.choice("child_age");
        Distributions.Choice fpl = d.choice("fpl_percent");
        Distributions.Choice immigration = d.choice("immigration_status");
        StringBuilder line = new StringBuilder(600);
        try {
            for (int n = 0; n < size; n++) {
                household(n, year, seed, random, sizes, adultAges, childAges, fpl, immigration, line);
                out.write(line.append('\n').toString());
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void household(int n, int year, long seed, SplittableRandom r, Distributions.Choice sizes,
            Distributions.Choice adultAges, Distributions.Choice childAges, Distributions.Choice fpl,
            Distributions.Choice immigration, StringBuilder line) {
        String state = d.states.pick(r);
        int size = (int) sizes.pickNumber(r);
        boolean spouse = size >= 2 && r.nextDouble() < d.value("spouse_share");
        List<int[]> people = new ArrayList<>(); // {age, role: 0 self, 1 spouse, 2 child}
        people.add(new int[] {(int) adultAges.pickNumber(r), 0});
        if (spouse) {
            people.add(new int[] {(int) adultAges.pickNumber(r), 1});
        }
        while (people.size() < size) {
            people.add(new int[] {(int) childAges.pickNumber(r), 2});
        }
        double percent = fpl.pickNumber(r) + r.nextDouble(); // within the band, to the hundredth of a point
        String area = state.equals("AK") ? "alaska" : state.equals("HI") ? "hawaii" : "contiguous";
        BigDecimal guideline = parameters.povertyGuideline("gov.hhs.fpg." + area, year - 1, size);
        BigDecimal income = guideline.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP);
        line.setLength(0);
        line.append("{\"external_id\":\"gen-").append(seed).append('-').append(n).append("\",\"request\":{\"year\":").append(year)
                .append(",\"place\":{\"state\":\"").append(state).append("\"},\"household\":{\"income\":").append(income.toPlainString())
                .append(",\"filing_status\":\"").append(spouse ? "married_filing_jointly" : size > 1 ? "head_of_household" : "single")
                .append("\",\"people\":[");
        BigDecimal benchmark = BigDecimal.ZERO;
        JsonNode premiums = d.households.get("benchmark_premium");
        JsonNode age40 = premiums.get("age40_monthly").get(String.valueOf(year));
        for (int i = 0; i < people.size(); i++) {
            int age = people.get(i)[0];
            int role = people.get(i)[1];
            if (i > 0) {
                line.append(',');
            }
            line.append("{\"id\":\"p").append(i + 1).append("\",\"age\":").append(age).append(",\"relationship\":\"")
                    .append(role == 0 ? "self" : role == 1 ? "spouse" : "child").append('"');
            if (role == 2) {
                line.append(",\"is_tax_dependent\":true");
            }
            String status = role == 2 && r.nextDouble() < 0.98 ? "citizen" : immigration.pick(r);
            line.append(",\"immigration_status\":\"").append(status).append('"');
            if (role != 2 && status.equals("lawfully_present") && r.nextDouble() < d.value("medicaid_immigration_bar")) {
                line.append(",\"barred_from_medicaid_by_immigration_status\":true");
            }
            if (role != 2) {
                if (r.nextDouble() < d.value("tobacco")) {
                    line.append(",\"uses_tobacco\":true");
                }
                offer(r, line);
            }
            line.append('}');
            if (age40 != null) {
                benchmark = benchmark.add(BigDecimal.valueOf(age40.asDouble() * curve(premiums.get("age_curve"), age)
                        / curve(premiums.get("age_curve"), 40)));
            }
        }
        line.append("]}");
        if (age40 != null) {
            line.append(",\"benchmark_premium\":{\"monthly\":").append(benchmark.setScale(2, RoundingMode.HALF_UP).toPlainString()).append('}');
        }
        line.append("}}");
    }

    private void offer(SplittableRandom r, StringBuilder line) {
        JsonNode offer = d.households.get("employer_offer");
        if (r.nextDouble() >= offer.get("share").asDouble()) {
            return;
        }
        double self = Distributions.Choice.range(offer.get("self_only_monthly").asText(), r);
        double family = self + Distributions.Choice.range(offer.get("family_extra_monthly").asText(), r);
        line.append(",\"employer_offer\":{\"self_only_monthly_contribution\":").append((long) self)
                .append(",\"family_monthly_contribution\":").append((long) family)
                .append(",\"provides_minimum_value\":").append(r.nextDouble() < offer.get("minimum_value_share").asDouble()).append('}');
    }

    /** The age curve at {@code age}: linear between the listed ages, flat beyond the ends. */
    private static double curve(JsonNode points, int age) {
        double lastAge = -1;
        double lastFactor = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = points.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            int a = Integer.parseInt(e.getKey());
            double f = e.getValue().asDouble();
            if (age <= a) {
                return lastAge < 0 ? f : lastFactor + (f - lastFactor) * (age - lastAge) / (a - lastAge);
            }
            lastAge = a;
            lastFactor = f;
        }
        return lastFactor;
    }
}
