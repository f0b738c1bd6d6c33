package org.acarules.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.acarules.pool.projection.Eligibility;
import org.acarules.pool.projection.ModelHousehold;
import org.acarules.pool.projection.ModelParameters;
import org.acarules.pool.projection.ModelPerson;
import org.acarules.pool.projection.ProjectionModel;
import org.acarules.pool.projection.Scenario;
import org.acarules.pool.projection.ScenarioResult;
import org.acarules.pool.projection.Subsidy;
import org.junit.jupiter.api.Test;

/**
 * Properties the projection model must keep whatever its parameters, checked over many random parameter draws and
 * random populations (plain Java: the model needs no container). The households here are made up for the model
 * (outcomes and contributions stand for the ruleset's answers); the stored-population path is PoolResourceTest's.
 */
class ProjectionModelTest {
    private static final ModelParameters DEFAULTS = ModelParameters.load(Path.of("benefit-definitions"));
    private static final int DRAWS = 60;

    /** A rating curve shaped like the federal default (1.0 at 21, 3.0 at 64), enough for the model's arithmetic. */
    private static double rating(int age) {
        return age < 21 ? 0.765 : 1.0 + 2.0 * (age - 21) / 43.0;
    }

    /**
     * {@code n} households of 1-3 people aged 18-64; with {@code subsidised}, some households are aptc with a
     * contribution of 2-10% of an income, the rest marketplace; {@code healthyCostCurve}: cost factor proportional
     * to the rating factor (everyone costs what their premium rating says, no age selection).
     */
    private static List<ModelHousehold> population(SplittableRandom r, int n, boolean subsidised, boolean healthyCostCurve,
            double exponent) {
        List<ModelHousehold> households = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int size = 1 + r.nextInt(3);
            List<ModelPerson> people = new ArrayList<>();
            List<String> outcomes = new ArrayList<>();
            boolean aptc = subsidised && r.nextDouble() < 0.6;
            for (int i = 0; i < size; i++) {
                int age = 18 + r.nextInt(47);
                double cost = healthyCostCurve ? rating(age) / rating(40) : Math.pow(rating(age) / rating(40), exponent);
                people.add(new ModelPerson(age, rating(age), cost));
                outcomes.add(aptc ? "aptc" : r.nextDouble() < 0.1 ? "medicaid" : "marketplace");
            }
            BigDecimal income = BigDecimal.valueOf(15_000 + r.nextInt(120_000));
            BigDecimal contribution = aptc ? income.multiply(BigDecimal.valueOf(0.02 + 0.08 * r.nextDouble()))
                    .setScale(2, java.math.RoundingMode.HALF_UP) : null;
            Eligibility e = new Eligibility(outcomes, contribution);
            BigDecimal payment = BigDecimal.valueOf(r.nextInt(3_000));
            households.add(new ModelHousehold(k + 1, people, e, e, null, null, payment));
        }
        return households;
    }

    private static ModelParameters randomParameters(SplittableRandom r, Map<String, JsonNode> fixed) {
        Map<String, JsonNode> o = new HashMap<>();
        o.put("loss_ratio", new DoubleNode(0.5 + 0.5 * r.nextDouble()));
        o.put("age40_annual_claims", new DoubleNode(2_000 + 8_000 * r.nextDouble()));
        o.put("age_cost_exponent", new DoubleNode(3 * r.nextDouble()));
        o.put("health_risk_sigma", new DoubleNode(2.5 * r.nextDouble()));
        o.put("foresight", new DoubleNode(r.nextDouble()));
        o.put("risk_load", new DoubleNode(r.nextDouble()));
        o.put("taste_sd_annual", new DoubleNode(3_000 * r.nextDouble()));
        o.put("reinsurance_attachment", new DoubleNode(10_000 + 90_000 * r.nextDouble()));
        o.put("reinsurance_coinsurance", new DoubleNode(r.nextDouble()));
        o.putAll(fixed);
        return DEFAULTS.with(o, "parameters.");
    }

    @Test
    void withoutMandateOrSubsidyAPopulationOfHealthyPeopleNeverSpirals() {
        SplittableRandom r = new SplittableRandom(11);
        // healthy: no one above the average risk of their age (sigma 0 draws a multiplier of exactly 1) and costs
        // that follow the premium rating, so no one is a worse risk than their premium assumes
        for (int draw = 0; draw < DRAWS; draw++) {
            ModelParameters p = randomParameters(r, Map.of("health_risk_sigma", new DoubleNode(0)));
            List<ModelHousehold> population = population(r, 300, false, true, 1);
            Scenario s = new Scenario("no mandate, no credits", false, Subsidy.NONE, r.nextBoolean(), 0);
            ScenarioResult result = new ProjectionModel(p, rating(40)).run(population, List.of(s), 2026, 20, r.nextLong(), null).get(0);
            assertNotEquals(ScenarioResult.SPIRAL, result.verdict(), "draw " + draw + ": " + result.verdictReason() + " with " + p.values());
        }
    }

    /**
     * Raising the penalty never lowers enrollment in a year the higher penalty's pool is not priced higher, whatever
     * the parameters: a household enrolls when value >= net price - payment, its net price does not rise when the
     * premium does not, and the larger payment only adds to the right-hand side. So in such a year every household
     * enrolled under the lower penalty is enrolled under the higher one. Year 1 is always such a year (both are priced
     * on everyone eligible). Checked household by household over 20 years of random parameters and populations.
     */
    @Test
    void raisingThePenaltyNeverLowersEnrollmentInAYearItDoesNotRaiseThePremiumWhateverTheParameters() {
        SplittableRandom r = new SplittableRandom(12);
        int[] compared = {0, 0};
        for (int draw = 0; draw < DRAWS; draw++) {
            ModelParameters base = randomParameters(r, Map.of());
            Map<String, Decision> lowDecisions = new HashMap<>();
            Map<String, Decision> highDecisions = new HashMap<>();
            PenaltyRuns runs = penaltyRuns(r, base, 20, recorder(lowDecisions), recorder(highDecisions));
            List<ModelHousehold> population = runs.population();
            double low = runs.low();
            double high = runs.high();
            var lowResult = runs.lowResult();
            var highResult = runs.highResult();
            for (int t = 0; t < 20; t++) {
                int year = 2026 + t;
                boolean notPricedHigher = true;
                for (ModelHousehold h : population) {
                    Decision a = lowDecisions.get(year + "/" + h.id());
                    Decision b = highDecisions.get(year + "/" + h.id());
                    notPricedHigher &= a == null || b.gross() <= a.gross();
                }
                if (t == 0) {
                    assertTrue(notPricedHigher, "draw " + draw + ": year 1 is priced on everyone eligible under both penalties");
                }
                if (!notPricedHigher) {
                    continue;
                }
                compared[0]++;
                for (ModelHousehold h : population) {
                    Decision a = lowDecisions.get(year + "/" + h.id());
                    if (a != null && a.enrolled()) {
                        compared[1]++;
                        assertTrue(highDecisions.get(year + "/" + h.id()).enrolled(), "draw " + draw + ", " + year + ": household " + h.id()
                                + " enrolled at penalty x" + low + " but not at x" + high + " (" + base.values() + ")");
                    }
                }
                assertTrue(highResult.years().get(t).enrolled() >= lowResult.years().get(t).enrolled(), "draw " + draw + ", " + year);
            }
        }
        // most years qualify: the premium under the higher penalty is usually the lower one
        assertTrue(compared[0] > DRAWS * 10, "years compared: " + compared[0]);
        assertTrue(compared[1] > 10_000, "enrolled households compared: " + compared[1]);
    }

    private record Decision(double gross, boolean enrolled) {
    }

    private static ProjectionModel.Observer recorder(Map<String, Decision> decisions) {
        return (scenario, year, household, subsidised, gross, net, contribution, enrolled) ->
                decisions.put(year + "/" + household.id(), new Decision(gross, enrolled));
    }

    /**
     * Over a whole projection the property is not a theorem of this model, nor in general of one in which next year's
     * premium follows this year's enrollees: when the people a higher penalty brings in cost more per rating unit than
     * the pool, the next premium is higher, and the lagged price can overshoot (a cobweb). Of 1,000 random parameter
     * sets, 2-3 broke it on 300 or 1,000 households, every one after the two premiums had crossed, most with foresight
     * near 0 (choice on taste, not health) and in pools of a few simulated people priced on their own claims (see the
     * README's "Pools", what is left). With the file's parameters it holds over 20 years on these random populations.
     */
    @Test
    void raisingThePenaltyNeverLowersEnrollmentOverTwentyYearsWithTheFilesParameters() {
        SplittableRandom r = new SplittableRandom(15);
        for (int draw = 0; draw < DRAWS; draw++) {
            assertPenaltyMonotone(r, DEFAULTS, 20, draw);
        }
    }

    /** One random population and scenario projected under a lower and a higher penalty, the same draws in both. */
    private record PenaltyRuns(double low, double high, List<ModelHousehold> population, Scenario scenario,
            ScenarioResult lowResult, ScenarioResult highResult) {
    }

    private static PenaltyRuns penaltyRuns(SplittableRandom r, ModelParameters base, int years, ProjectionModel.Observer lowObserver,
            ProjectionModel.Observer highObserver) {
        double low = 2 * r.nextDouble();
        double high = low + 3 * r.nextDouble();
        long seed = r.nextLong();
        List<ModelHousehold> population = population(r, 300, r.nextBoolean(), false, base.number("age_cost_exponent"));
        Scenario s = new Scenario("mandate", true, Subsidy.values()[r.nextInt(3)], r.nextBoolean(), 0);
        var lowResult = new ProjectionModel(base.with(Map.of("penalty_scale", new DoubleNode(low)), ""), rating(40))
                .run(population, List.of(s), 2026, years, seed, lowObserver).get(0);
        var highResult = new ProjectionModel(base.with(Map.of("penalty_scale", new DoubleNode(high)), ""), rating(40))
                .run(population, List.of(s), 2026, years, seed, highObserver).get(0);
        return new PenaltyRuns(low, high, population, s, lowResult, highResult);
    }

    private static void assertPenaltyMonotone(SplittableRandom r, ModelParameters base, int years, int draw) {
        PenaltyRuns runs = penaltyRuns(r, base, years, null, null);
        for (int t = 0; t < years; t++) {
            long a = runs.lowResult().years().get(t).enrolled();
            long b = runs.highResult().years().get(t).enrolled();
            assertTrue(b >= a, "draw " + draw + ", year " + (2026 + t) + ": penalty x" + runs.high() + " enrolls " + b
                    + " < " + a + " at x" + runs.low() + " (" + runs.scenario().subsidy() + ", " + base.values() + ")");
        }
    }

    @Test
    void subsidisedEnrolleesNeverPayMoreThanTheirContribution() {
        SplittableRandom r = new SplittableRandom(13);
        int[] checked = {0};
        for (int draw = 0; draw < DRAWS; draw++) {
            ModelParameters p = randomParameters(r, Map.of());
            List<ModelHousehold> population = population(r, 300, true, false, p.number("age_cost_exponent"));
            List<Scenario> scenarios = List.of(new Scenario("original", r.nextBoolean(), Subsidy.ORIGINAL, r.nextBoolean(), 0),
                    new Scenario("enhanced", r.nextBoolean(), Subsidy.ENHANCED, r.nextBoolean(), 0));
            new ProjectionModel(p, rating(40)).run(population, scenarios, 2026, 20, r.nextLong(),
                    (scenario, year, household, subsidised, gross, net, contribution, enrolled) -> {
                        if (subsidised) {
                            checked[0]++;
                            assertTrue(net <= contribution + 1e-9, year + " household " + household.id() + ": net " + net
                                    + " above its contribution " + contribution + " (gross " + gross + ")");
                        }
                    });
        }
        assertTrue(checked[0] > 10_000, "subsidised decisions checked: " + checked[0]);
    }

    @Test
    void theSameSeedGivesTheSameProjectionAndAnotherSeedAnotherOne() {
        List<ModelHousehold> population = population(new SplittableRandom(14), 500, true, false, 1.4);
        ProjectionModel model = new ProjectionModel(DEFAULTS, rating(40));
        var first = model.run(population, Scenario.defaults(), 2026, 10, 42, null);
        var again = new ProjectionModel(DEFAULTS, rating(40)).run(population, Scenario.defaults(), 2026, 10, 42, null);
        var other = model.run(population, Scenario.defaults(), 2026, 10, 43, null);
        assertEquals(first, again);
        assertNotEquals(first, other);
    }

    @Test
    void aSubsidisedHouseholdPaysItsContributionWhenThePremiumIsAboveIt() {
        // one subsidised 40-year-old of average risk, contribution $1,000: gross = 4,771.20 / 0.80 = 5,964 a year,
        // so the net price is min(5,964, 1,000) = 1,000 every year
        ModelParameters p = DEFAULTS.with(Map.of("taste_sd_annual", new DoubleNode(0), "health_risk_sigma", new DoubleNode(0)), "");
        List<BigDecimal> nets = new ArrayList<>();
        new ProjectionModel(p, rating(40)).run(List.of(
                new ModelHousehold(1, List.of(new ModelPerson(40, rating(40), 1)), new Eligibility(List.of("aptc"),
                        new BigDecimal("1000.00")), new Eligibility(List.of("aptc"), new BigDecimal("1000.00")), null, null, BigDecimal.ZERO)),
                List.of(new Scenario("s", false, Subsidy.ORIGINAL, false, 0)), 2026, 3, 1,
                (scenario, year, household, subsidised, gross, net, contribution, enrolled) -> nets.add(BigDecimal.valueOf(net)));
        nets.forEach(n -> assertEquals(0, n.compareTo(new BigDecimal("1000")), "net " + n));
    }

    @Test
    void reinsuranceLowersThePremiumByWhatItPays() {
        // one 40-year-old of average risk with expected claims of $100,000: reinsurance pays 80% of (100,000 - 45,000)
        // = 44,000, so the insurer prices 56,000 / 0.80 = 70,000 a year = 5,833.33 a month; without it 100,000 / 0.80
        // / 12 = 10,416.67
        ModelParameters p = DEFAULTS.with(Map.of("taste_sd_annual", new DoubleNode(0), "health_risk_sigma", new DoubleNode(0),
                "age40_annual_claims", new DoubleNode(100_000)), "");
        List<ModelHousehold> one = List.of(new ModelHousehold(1, List.of(new ModelPerson(40, rating(40), 1)),
                new Eligibility(List.of("marketplace"), null), new Eligibility(List.of("marketplace"), null), null, null, BigDecimal.ZERO));
        var results = new ProjectionModel(p, rating(40)).run(one, List.of(new Scenario("with", false, Subsidy.NONE, true, 0),
                new Scenario("without", false, Subsidy.NONE, false, 0)), 2026, 1, 1, null);
        assertEquals(new BigDecimal("5833.33"), results.get(0).years().get(0).premium40Monthly());
        assertEquals(new BigDecimal("44000.00"), results.get(0).years().get(0).reinsurancePaid());
        assertEquals(new BigDecimal("10416.67"), results.get(1).years().get(0).premium40Monthly());
    }

    @Test
    void employersDroppingCoverageMoveTheirEmployeesToTheRulesetsOtherAnswer() {
        // a household covered by its employer; without the offer the ruleset would answer aptc: with a drop share of 1
        // it joins the pool, with 0 it stays out (and is not uninsured)
        Eligibility employer = new Eligibility(List.of("employer_coverage"), null);
        Eligibility dropped = new Eligibility(List.of("aptc"), new BigDecimal("1200.00"));
        List<ModelHousehold> one = List.of(new ModelHousehold(1, List.of(new ModelPerson(30, rating(30), 0.8)), employer, employer,
                dropped, dropped, BigDecimal.ZERO));
        var results = new ProjectionModel(DEFAULTS, rating(40)).run(one, List.of(new Scenario("drop", false, Subsidy.ORIGINAL, false, 1),
                new Scenario("keep", false, Subsidy.ORIGINAL, false, 0)), 2026, 1, 1, null);
        assertEquals(1, results.get(0).years().get(0).eligible());
        assertEquals(0, results.get(1).years().get(0).eligible());
        assertEquals(0, results.get(1).years().get(0).uninsured());
    }

    @Test
    void parametersOutsideTheirRangeAreRefusedWithTheField() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.acarules.requests.InvalidRequestException.class,
                () -> DEFAULTS.with(Map.of("loss_ratio", new DoubleNode(1.2), "taste_sd_annual", new DoubleNode(-1)), "parameters."));
        assertEquals(List.of("parameters.loss_ratio", "parameters.taste_sd_annual"),
                e.errors().stream().map(org.acarules.requests.FieldError::field).sorted().toList());
    }
}
