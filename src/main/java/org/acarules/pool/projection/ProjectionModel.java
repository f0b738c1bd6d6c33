package org.acarules.pool.projection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The risk-pool projection, pure Java (no container, no database): households with the ruleset's answers in,
 * years of enrollment and premiums out. Deterministic for a seed: each household's draws come from a
 * SplittableRandom seeded by the seed and the applicant id, and are the same in every scenario and year.
 *
 * <p>Per person, drawn once: a health-risk multiplier (lognormal, mean 1, sigma health_risk_sigma) and a taste
 * (normal, mean 0, sd taste_sd_annual). Expected claims = age40_annual_claims x age-cost factor x risk. The
 * person expects foresight x own claims + (1 - foresight) x their age's average, and values coverage at
 * (1 + risk_load) x that + taste. A household enrolls its pool members (outcome aptc or marketplace) together
 * when the sum of their values is at least the net price: gross premium minus APTC, minus the shared
 * responsibility payment avoided when the scenario's mandate is on. APTC = max(0, gross premium of the aptc
 * members - expected contribution), the contribution being the ruleset's applicable percentage x income, so a
 * subsidised household never pays more than its contribution for them, whatever the premium (the failsafe).
 *
 * <p>Pricing: the pool has one plan, age-rated with the ruleset's curve. Year 1 is priced on the expected claims
 * (net of reinsurance) of everyone eligible for the pool; each later year on the previous year's enrollees:
 * premium per rating unit = claims / (loss_ratio x sum of rating factors). A year without enrollees keeps the price.
 *
 * <p>Dollar figures inside the simulation are doubles (modelled expectations, not amounts the law sets); the
 * contribution enters from the ruleset as BigDecimal and results leave as BigDecimal rounded to cents.
 */
public final class ProjectionModel {
    public static final List<String> AGE_BANDS = List.of("0-17", "18-25", "26-34", "35-44", "45-54", "55-64", "65+");

    /** Sees each household's decision; for tests of the rules the model must keep. */
    public interface Observer {
        void decided(Scenario scenario, int year, ModelHousehold household, boolean subsidised, double gross, double net,
                double contribution, boolean enrolled);
    }

    private final ModelParameters p;
    private final double rating40;

    /** {@code rating40}: the rating factor of a 40-year-old, to report the premium of a 40-year-old. */
    public ProjectionModel(ModelParameters parameters, double rating40) {
        this.p = parameters;
        this.rating40 = rating40;
    }

    public static String ageBand(int age) {
        if (age < 18) {
            return AGE_BANDS.get(0);
        }
        if (age <= 25) {
            return AGE_BANDS.get(1);
        }
        if (age <= 34) {
            return AGE_BANDS.get(2);
        }
        if (age < 65) {
            return AGE_BANDS.get(3 + (age - 35) / 10);
        }
        return AGE_BANDS.get(6);
    }

    /** Per-person draws of a household, the same in every scenario. */
    private record Draws(double[] risk, double[] taste, double dropDraw) {
    }

    Draws draws(ModelHousehold h, long seed) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + h.id());
        double sigma = p.number("health_risk_sigma");
        double tasteSd = p.number("taste_sd_annual");
        int n = h.people().size();
        double[] risk = new double[n];
        double[] taste = new double[n];
        for (int i = 0; i < n; i++) {
            risk[i] = Math.exp(sigma * random.nextGaussian() - sigma * sigma / 2);
            taste[i] = tasteSd * random.nextGaussian();
        }
        return new Draws(risk, taste, random.nextDouble());
    }

    public List<ScenarioResult> run(List<ModelHousehold> households, List<Scenario> scenarios, int firstYear, int years,
            long seed, Observer observer) {
        List<Draws> draws = new ArrayList<>(households.size());
        for (ModelHousehold h : households) {
            draws.add(draws(h, seed));
        }
        List<ScenarioResult> results = new ArrayList<>();
        for (Scenario s : scenarios) {
            results.add(scenario(households, draws, s, firstYear, years, observer));
        }
        return results;
    }

    private ScenarioResult scenario(List<ModelHousehold> households, List<Draws> draws, Scenario s, int firstYear, int years,
            Observer observer) {
        double age40 = p.number("age40_annual_claims");
        double foresight = p.number("foresight");
        double load = p.number("risk_load");
        double lossRatio = p.number("loss_ratio");
        double healthyBelow = p.number("healthy_below");
        double penaltyScale = p.number("penalty_scale");
        int n = households.size();
        Eligibility[] eligibility = new Eligibility[n];
        double[][] claims = new double[n][];
        double[][] value = new double[n][];
        double claimsAll = 0;
        double ratingAll = 0;
        for (int k = 0; k < n; k++) {
            ModelHousehold h = households.get(k);
            Draws d = draws.get(k);
            boolean dropped = h.hasEmployerOffer() && d.dropDraw() < s.employerDropShare();
            Eligibility e = s.subsidy() == Subsidy.ENHANCED ? (dropped ? h.droppedEnhanced() : h.enhanced())
                    : (dropped ? h.droppedOriginal() : h.original());
            eligibility[k] = e;
            int size = h.people().size();
            claims[k] = new double[size];
            value[k] = new double[size];
            for (int i = 0; i < size; i++) {
                ModelPerson person = h.people().get(i);
                double ageCost = age40 * person.costFactor();
                claims[k][i] = ageCost * d.risk()[i] - (s.reinsurance() ? reinsurance(ageCost * d.risk()[i]) : 0);
                value[k][i] = (1 + load) * ageCost * (foresight * d.risk()[i] + 1 - foresight) + d.taste()[i];
                if (e.inPool(i)) {
                    claimsAll += claims[k][i];
                    ratingAll += person.ratingFactor();
                }
            }
        }
        double price = ratingAll > 0 ? claimsAll / (lossRatio * ratingAll) : 0; // per rating unit (age 21 = 1), a year
        List<YearResult> results = new ArrayList<>();
        double previousPrice = Double.NaN;
        for (int t = 0; t < years; t++) {
            Year y = new Year();
            for (int k = 0; k < n; k++) {
                ModelHousehold h = households.get(k);
                Eligibility e = eligibility[k];
                double gross = 0;
                double grossAptc = 0;
                double householdValue = 0;
                int members = 0;
                for (int i = 0; i < h.people().size(); i++) {
                    if (e.inPool(i)) {
                        members++;
                        double premium = price * h.people().get(i).ratingFactor();
                        gross += premium;
                        if (Eligibility.APTC.equals(e.outcomes().get(i))) {
                            grossAptc += premium;
                        }
                        householdValue += value[k][i];
                    } else if (!e.coveredElsewhere(i)) {
                        y.uninsured++;
                    }
                }
                if (members == 0) {
                    continue;
                }
                y.eligible += members;
                boolean subsidised = s.subsidy() != Subsidy.NONE && e.contribution() != null && grossAptc > 0;
                double contribution = subsidised ? e.contribution().doubleValue() : Double.NaN;
                double aptc = subsidised ? Math.max(0, grossAptc - contribution) : 0;
                double net = gross - aptc;
                double payment = s.mandate() ? h.mandatePayment().doubleValue() * penaltyScale : 0;
                boolean enrolled = householdValue >= net - payment;
                if (observer != null) {
                    observer.decided(s, firstYear + t, h, subsidised, gross, net, contribution, enrolled);
                }
                if (!enrolled) {
                    y.uninsured += members;
                    y.paymentsOwed += payment;
                    continue;
                }
                y.households++;
                y.gross += gross;
                y.net += net;
                y.aptc += aptc;
                Draws d = draws.get(k);
                for (int i = 0; i < h.people().size(); i++) {
                    if (!e.inPool(i)) {
                        continue;
                    }
                    ModelPerson person = h.people().get(i);
                    y.enrolled++;
                    if (aptc > 0) {
                        y.subsidised++;
                    }
                    y.claims += claims[k][i];
                    y.rating += person.ratingFactor();
                    double fullClaims = age40 * person.costFactor() * d.risk()[i];
                    y.reinsurance += fullClaims - claims[k][i];
                    if (d.risk()[i] < healthyBelow) {
                        y.healthy++;
                    }
                    if (person.age() >= 18 && person.age() <= 34) {
                        y.young++;
                    }
                    y.ageMix.merge(ageBand(person.age()), 1L, Long::sum);
                }
            }
            results.add(y.result(firstYear + t, price, previousPrice, rating40));
            previousPrice = price;
            if (y.rating > 0) {
                price = y.claims / (lossRatio * y.rating);
            }
        }
        String[] verdict = verdict(results);
        return new ScenarioResult(s, results, verdict[0], verdict[1]);
    }

    double reinsurance(double expectedClaims) {
        double attachment = p.number("reinsurance_attachment");
        double cap = Math.max(attachment, p.number("reinsurance_cap"));
        return p.number("reinsurance_coinsurance") * Math.max(0, Math.min(expectedClaims, cap) - attachment);
    }

    private String[] verdict(List<YearResult> years) {
        double rise = p.number("spiral_premium_rise");
        int needed = p.integer("spiral_years");
        int run = 0;
        for (int t = 1; t < years.size(); t++) {
            YearResult now = years.get(t);
            YearResult before = years.get(t - 1);
            boolean spiralling = now.premiumChange() != null && now.premiumChange().doubleValue() > rise
                    && now.enrolled() < before.enrolled();
            run = spiralling ? run + 1 : 0;
            if (run >= needed) {
                return new String[] {ScenarioResult.SPIRAL, needed + " years to " + now.year() + " with the premium up more than "
                        + percent(rise) + " a year and enrollment falling"};
            }
        }
        YearResult last = years.get(years.size() - 1);
        double tolerance = p.number("convergence_tolerance");
        if (years.size() == 1) {
            return new String[] {ScenarioResult.NOT_CONVERGED, "one year projected: nothing to compare"};
        }
        double change = last.premiumChange().abs().doubleValue();
        return change <= tolerance
                ? new String[] {ScenarioResult.CONVERGED, "premium of " + last.year() + " within " + percent(tolerance) + " of the year before"}
                : new String[] {ScenarioResult.NOT_CONVERGED, "premium of " + last.year() + " still moved " + percent(change)};
    }

    private static String percent(double share) {
        return BigDecimal.valueOf(share * 100).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }

    /** A year's running totals. */
    private static final class Year {
        long eligible;
        long enrolled;
        long households;
        long healthy;
        long young;
        long subsidised;
        long uninsured;
        double gross;
        double net;
        double aptc;
        double claims;
        double rating;
        double reinsurance;
        double paymentsOwed;
        final Map<String, Long> ageMix = new LinkedHashMap<>();

        Year() {
            AGE_BANDS.forEach(b -> ageMix.put(b, 0L));
        }

        YearResult result(int year, double price, double previousPrice, double rating40) {
            BigDecimal change = Double.isNaN(previousPrice) || previousPrice == 0 ? null
                    : BigDecimal.valueOf(price / previousPrice - 1).setScale(4, RoundingMode.HALF_UP);
            return new YearResult(year, eligible, enrolled, households, share(healthy, enrolled), share(young, enrolled), ageMix,
                    money(price * rating40 / 12), change, enrolled == 0 ? null : money(gross / enrolled),
                    enrolled == 0 ? null : money(net / enrolled), subsidised, money(aptc), money(reinsurance), uninsured,
                    money(paymentsOwed));
        }

        private static BigDecimal share(long part, long whole) {
            return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
        }

        private static BigDecimal money(double amount) {
            return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP);
        }
    }
}
