package org.acarules.plans.benchmark;

import org.acarules.engine.Explanation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.acarules.requests.FieldError;
import org.acarules.requests.InvalidRequestException;
import org.acarules.definitions.NotModelledException;
import org.acarules.engine.Reason;
import org.acarules.engine.TraceEntry;
import org.acarules.engine.ActiveRuleset;
import org.acarules.engine.Evaluation;
import org.acarules.engine.Ruleset;
import org.acarules.facts.Relationship;
import org.acarules.facts.plans.benchmark.BenchmarkPlan;
import org.acarules.facts.plans.benchmark.BenchmarkQuestion;
import org.acarules.facts.plans.benchmark.CandidatePlan;
import org.acarules.facts.plans.rating.AptcEligiblePremium;
import org.acarules.facts.plans.rating.Member;
import org.acarules.facts.plans.rating.RatingHousehold;
import org.acarules.plans.catalogue.MetalLevel;
import org.acarules.plans.catalogue.PlanCatalogue;
import org.acarules.plans.catalogue.PlanEntity;

/**
 * The second-lowest-cost silver plan (SLCSP) and lowest-cost bronze plan (LCBP) for a coverage family, from the
 * plan catalogue (26 CFR 1.36B-3(f)): each plan in the county's rating area is rated for the family by the
 * rating rules (age, no tobacco surcharge: 1.36B-3(e)), reduced to its EHB portion for the SLCSP (1.36B-3(j)),
 * ranked, and the benchmark rules pick the plan.
 */
@ApplicationScoped
public class BenchmarkService {
    public static final String SLCSP = "slcsp";
    public static final String LCBP = "lcbp";
    /** The lowest-cost silver plan, at its full premium: what an ICHRA's affordability is measured against. */
    public static final String LCSP = "lcsp";

    @Inject
    ActiveRuleset active;

    @Inject
    PlanCatalogue catalogue;

    /** The benchmark for a coverage family in a county; an unknown county is a 400 with code unknown_county. */
    public Benchmark benchmark(Ruleset ruleset, String kind, int year, String state, String countyFips,
            List<CoveredMember> members, String countyField) {
        String area = catalogue.ratingArea(year, state, countyFips).orElseThrow(() -> new InvalidRequestException(List.of(
                new FieldError(countyField, "county " + countyFips + " is in no rating area of " + state + " for " + year
                        + " in the plan catalogue", "unknown_county"))));
        MetalLevel metal = kind.equals(LCBP) ? MetalLevel.BRONZE : MetalLevel.SILVER;
        List<PlanEntity> plans = catalogue.plans(year, state, area, metal);
        if (plans.isEmpty()) {
            throw new NotModelledException("the plan catalogue lists no " + metal.code() + " plan in " + state + " "
                    + area + " for " + year);
        }
        if (kind.equals(SLCSP)) {
            pediatricDental(ruleset, year, plans, members);
        }
        List<Evaluation> ratingOfFirstPlan = new ArrayList<>(1);
        List<CandidatePlan> candidates = rank(ruleset, kind, plans, members, state, year, ratingOfFirstPlan);
        List<Object> facts = new ArrayList<>(candidates);
        facts.add(new BenchmarkQuestion(kind));
        Evaluation evaluation = active.engine().evaluate(ruleset, facts);
        Explanation rating = Explanation.of(ratingOfFirstPlan.get(0), true);
        Explanation choice = Explanation.of(evaluation, true);
        List<Reason> reasons = new ArrayList<>(rating.distinct());
        reasons.addAll(choice.distinct());
        List<TraceEntry> trace = new ArrayList<>(rating.trace());
        choice.trace().forEach(t -> trace.add(t.at(trace.size() + 1)));
        CandidatePlan chosen = evaluation.factsOf(BenchmarkPlan.class).map(BenchmarkPlan::plan).findFirst()
                .orElseThrow(() -> new IllegalStateException("no benchmark rule chose a plan"));
        PlanEntity plan = plans.stream().filter(p -> p.planId.equals(chosen.planId())).findFirst().orElseThrow();

        return new Benchmark(kind, area, plan, chosen.premium(), candidates,
                members.stream().map(CoveredMember::id).toList(), reasons, trace);
    }

    /**
     * Whether a catalogue is loaded for the state and year: it maps counties there and lists plans (a county map alone
     * answers nothing). Where it is, it wins; elsewhere the benchmark is estimated from the rating-area figures.
     */
    public boolean catalogueCovers(int year, String state) {
        return catalogue.hasRatingAreas(year, state) && catalogue.hasPlans(year, state);
    }

    private List<CandidatePlan> rank(Ruleset ruleset, String kind, List<PlanEntity> plans, List<CoveredMember> members,
            String state, int year, List<Evaluation> ratingOfFirstPlan) {
        record Rated(PlanEntity plan, BigDecimal premium) {
        }
        List<Rated> rated = new ArrayList<>();
        for (PlanEntity plan : plans) {
            Evaluation rating = active.engine().evaluate(ruleset, ratingFacts(plan.age21Premium, members, state, year));
            if (ratingOfFirstPlan.isEmpty()) {
                ratingOfFirstPlan.add(rating);
            }
            BigDecimal premium = rating.factsOf(AptcEligiblePremium.class).map(AptcEligiblePremium::monthly).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the rating rules gave no premium"));
            if (kind.equals(SLCSP)) {
                premium = premium.multiply(plan.ehbShare).setScale(2, RoundingMode.HALF_UP); // EHB portion only
            }
            rated.add(new Rated(plan, premium));
        }
        rated.sort(Comparator.comparing(Rated::premium).thenComparing(r -> r.plan().planId));
        List<CandidatePlan> candidates = new ArrayList<>();
        for (int i = 0; i < rated.size(); i++) {
            PlanEntity p = rated.get(i).plan();
            candidates.add(new CandidatePlan(p.planId, p.metalLevel, i + 1, rated.get(i).premium(),
                    p.coversPediatricDental, p.illustrative));
        }
        return candidates;
    }

    /**
     * The rating rules' facts for a coverage family at an age-21 monthly rate, rated as if no one used tobacco: the
     * surcharge is not part of the benchmark premium (26 CFR 1.36B-3(e)). Shared with {@link RatingAreaBenchmarks}.
     */
    static List<Object> ratingFacts(BigDecimal age21Rate, List<CoveredMember> members, String state, int year) {
        List<Object> facts = new ArrayList<>();
        int adults = 0;
        int children = 0;
        int others = 0;
        for (int i = 0; i < members.size(); i++) {
            CoveredMember m = members.get(i);
            if (m.relationship() == Relationship.SELF || m.relationship() == Relationship.SPOUSE) {
                adults++;
            } else if (m.relationship() == Relationship.CHILD) {
                children++;
            } else {
                others++;
            }
            facts.add(new Member(m.id(), i, m.age(), m.relationship(), false));
        }
        facts.add(new RatingHousehold(state, year, age21Rate, null, adults, children, others));
        return facts;
    }

    /**
     * For a family with a child, every silver plan without pediatric dental is ranked with part of a stand-alone
     * dental plan's premium added (26 CFR 1.36B-3(f)(3), (k)), which can change which plan is second. The catalogue
     * holds no dental plans, so any such plan makes the benchmark not modelled rather than guessed.
     */
    private static void pediatricDental(Ruleset ruleset, int year, List<PlanEntity> silverPlans, List<CoveredMember> members) {
        int pediatricMaxAge = ruleset.parameters().integer("gov.aca.ehb.pediatric_max_age", java.time.LocalDate.of(year, 1, 1));
        boolean child = members.stream().anyMatch(m -> m.age() <= pediatricMaxAge);
        java.util.Optional<PlanEntity> withoutDental = silverPlans.stream().filter(p -> !p.coversPediatricDental).findFirst();
        if (child && withoutDental.isPresent()) {
            throw new NotModelledException("silver plan " + withoutDental.get().planId + " does not cover pediatric dental and "
                    + "the catalogue holds no stand-alone dental plans to rank it with (26 CFR 1.36B-3(f)(3), (k))");
        }
    }

}
