package org.acarules.pool.projection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.acarules.definitions.LinearScale;
import org.acarules.definitions.ParameterStore;
import org.acarules.eligibility.EligibilityRequest;
import org.acarules.eligibility.EligibilityResponse;
import org.acarules.eligibility.EligibilityService;
import org.acarules.engine.Ruleset;
import org.acarules.facts.CoverageOutcome;
import org.acarules.pool.MandatePayments;

/**
 * Turns a stored household into the projection's {@link ModelHousehold} by asking the ruleset, never by
 * re-deciding the law here: outcomes and expected contribution under the population's law ("original") and
 * under the ARPA/IRA table ("enhanced": the ruleset with its applicable percentage table and income ceiling
 * overridden by their values on enhanced_schedule_date), the same again without employer offers when the
 * household has one, and the shared responsibility payment of the mandate schedule's year.
 */
@ApplicationScoped
public class ProjectionInputs {
    static final String APPLICABLE_PERCENTAGE = "gov.aca.ptc.applicable_percentage";
    static final String INCOME_CEILING = "gov.aca.ptc.income_ceiling";
    static final String AGE_CURVE = "gov.aca.rating.age_curve.federal";

    @Inject
    EligibilityService eligibility;

    @Inject
    MandatePayments payments;

    /** The rulesets and factors one run uses for every household. */
    public record Context(Ruleset original, Ruleset enhanced, int year, int mandateYear, double ageCostExponent) {
        public double rating(int age) {
            return original.parameters().scale(AGE_CURVE, LocalDate.of(year, 1, 1), BigDecimal.valueOf(age)).doubleValue();
        }
    }

    public Context context(Ruleset ruleset, int year, ModelParameters parameters) {
        return new Context(ruleset, enhanced(ruleset, parameters.date("enhanced_schedule_date")), year,
                parameters.integer("mandate_schedule_year"), parameters.number("age_cost_exponent"));
    }

    /** The ruleset with the applicable percentage table and income ceiling of {@code date} on every date. */
    static Ruleset enhanced(Ruleset ruleset, LocalDate date) {
        ParameterStore store = ruleset.parameters();
        return ruleset.withParameters(store.withOverrides(Map.of(
                APPLICABLE_PERCENTAGE, json(valueOn(store, APPLICABLE_PERCENTAGE, date)),
                INCOME_CEILING, json(valueOn(store, INCOME_CEILING, date)))));
    }

    private static Object valueOn(ParameterStore store, String id, LocalDate date) {
        var entry = store.parameter(id).values().asMap().floorEntry(date);
        return entry == null ? null : entry.getValue().orElse(null);
    }

    private static JsonNode json(Object value) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (value == null) {
            return NullNode.getInstance();
        }
        if (value instanceof BigDecimal d) {
            return f.numberNode(d);
        }
        if (value instanceof LinearScale scale) {
            ArrayNode brackets = f.arrayNode();
            for (LinearScale.Bracket b : scale.brackets()) {
                brackets.addObject().put("from", b.from()).put("to", b.to()).put("initial", b.initial()).put("final", b.last());
            }
            return brackets;
        }
        throw new IllegalStateException("unexpected parameter value " + value.getClass().getSimpleName());
    }

    public ModelHousehold household(long id, EligibilityRequest request, Context c) {
        EligibilityRequest plain = request.parameterOverrides() == null ? request
                : new EligibilityRequest(request.year(), request.coverageDate(), request.place(), request.household(),
                        request.benchmarkPremium(), request.planPremium(), null);
        Eligibility original = answer(c.original(), plain);
        Eligibility enhanced = answer(c.enhanced(), plain);
        Eligibility droppedOriginal = null;
        Eligibility droppedEnhanced = null;
        if (plain.household().people().stream().anyMatch(p -> p.employerOffer() != null)) {
            EligibilityRequest withoutOffers = withoutOffers(plain);
            droppedOriginal = answer(c.original(), withoutOffers);
            droppedEnhanced = answer(c.enhanced(), withoutOffers);
        }
        List<ModelPerson> people = new ArrayList<>();
        double rating40 = c.rating(40);
        for (EligibilityRequest.PersonInput p : plain.household().people()) {
            double rating = c.rating(p.age());
            people.add(new ModelPerson(p.age(), rating, Math.pow(rating / rating40, c.ageCostExponent())));
        }
        return new ModelHousehold(id, people, original, enhanced, droppedOriginal, droppedEnhanced,
                payments.payment(c.original(), plain, original.outcomes(), c.mandateYear()));
    }

    private Eligibility answer(Ruleset ruleset, EligibilityRequest request) {
        EligibilityResponse response = eligibility.evaluate(ruleset, request, false);
        List<String> outcomes = response.people().stream().map(p -> name(p.outcome())).toList();
        EligibilityResponse.Aptc aptc = response.household().aptc();
        BigDecimal contribution = aptc != null && aptc.eligible() && aptc.expectedContribution() != null
                ? aptc.expectedContribution().annual() : null;
        return new Eligibility(outcomes, contribution);
    }

    public static String name(CoverageOutcome outcome) {
        return outcome == null ? "not_eligible" : outcome.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static EligibilityRequest withoutOffers(EligibilityRequest r) {
        List<EligibilityRequest.PersonInput> people = r.household().people().stream().map(p -> new EligibilityRequest.PersonInput(
                p.id(), p.age(), p.relationship(), p.seeksCoverage(), p.isTaxDependent(), p.usesTobacco(), p.isPregnant(),
                p.immigrationStatus(), p.barredFromMedicaidByImmigrationStatus(), p.isIncarcerated(), p.isAian(), p.hasOtherMec(),
                p.hasHardshipExemption(), null, p.qualifiedAlienCategory(), p.qualifiedStatusDate(),
                p.veteranOrActiveDuty(), p.eligibleAlien())).toList();
        return new EligibilityRequest(r.year(), r.coverageDate(), r.place(),
                new EligibilityRequest.HouseholdInput(r.household().income(), r.household().filingStatus(), people),
                r.benchmarkPremium(), r.planPremium(), null);
    }

}
