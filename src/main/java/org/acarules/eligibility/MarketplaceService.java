package org.acarules.eligibility;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.acarules.requests.FieldError;
import org.acarules.requests.InvalidRequestException;
import org.acarules.definitions.RulesetDefinition;
import org.acarules.engine.ActiveRuleset;
import org.acarules.engine.Evaluation;
import org.acarules.engine.Ruleset;
import org.acarules.facts.FilingStatus;
import org.acarules.facts.Household;
import org.acarules.facts.PtcIncome;
import org.acarules.plans.benchmark.BenchmarkEndpoint;
import org.acarules.plans.benchmark.BenchmarkRequest;
import org.acarules.plans.benchmark.BenchmarkResponse;
import org.acarules.plans.benchmark.BenchmarkService;
import org.acarules.facts.EmployerCoverage;

/** The HealthCare.gov Marketplace API calls, answered by the same rules as /api/v1/eligibility. */
@ApplicationScoped
public class MarketplaceService {
    @Inject
    ActiveRuleset active;

    @Inject
    EligibilityService eligibility;

    @Inject
    BenchmarkEndpoint benchmarks;

    /** Individual coverage HRAs exist for plan years from 2020 (T.D. 9867, 84 FR 28888). */
    private static final int FIRST_ICHRA_YEAR = 2020;

    /**
     * The market year: the body's, else the {@code ?year=} parameter's, else (CMS: "Defaults to the current year when
     * not specified") the current year; one the ruleset does not model is a 400 before any date is built from it.
     */
    private int year(MarketplaceRequest request, Integer queryYear) {
        int year = request.year() != null ? request.year() : queryYear != null ? queryYear : LocalDate.now(ZoneOffset.UTC).getYear();
        RulesetDefinition ruleset = active.get().parameters().ruleset();
        if (!ruleset.coversYear(year)) {
            throw new InvalidRequestException("year", "no rules for " + year + ": this ruleset models " + ruleset.firstYear() + " to " + ruleset.lastYear());
        }
        return year;
    }

    /** POST /households/eligibility/estimates with a CMS body: the project's rules, CMS's defaults, fields and answer. */
    public MarketplaceEstimates estimates(MarketplaceRequest request, Integer queryYear, boolean trace) {
        refuseHra(request);
        MarketplaceHousehold household = MarketplaceHousehold.read(request, year(request, queryYear));
        MarketplaceEligibility translated = MarketplaceEligibility.of(request, household);
        EligibilityResponse response = eligibility.evaluate(active.get(), translated.request(), trace,
                translated.reportedFacts());
        List<FieldError> errors = new ArrayList<>();
        String csrOverride = MarketplaceVocabulary.csrOverride(request.csrOverride(), "csr_override", errors).orElse(null);
        return MarketplaceEstimates.of(response, household, request.aptcOverride(), csrOverride);
    }

    /**
     * POST /households/slcsp or /lcbp with a CMS body: the benchmark plan for the coverage family (everyone but
     * those with {@code aptc_eligible: false} or {@code has_mec: true}), as CMS's plan object.
     */
    public MarketplacePlan benchmarkPlan(String kind, MarketplaceRequest request, Integer queryYear) {
        refuseHra(request);
        MarketplaceHousehold household = MarketplaceHousehold.read(request, year(request, queryYear));
        return MarketplacePlan.of(benchmarks.answer(kind, benchmarkRequest(request, household,
                household.members().stream().filter(MarketplaceHousehold.Member::inCoverageFamily).toList()), false));
    }

    /**
     * POST /households/ichra with a CMS body: the individual coverage HRA is affordable when the employee's required
     * HRA contribution, the lowest-cost silver plan's self-only premium for the employee (the "Self") less the monthly
     * {@code hra}, is within the required contribution percentage of household income (26 CFR 1.36B-2(c)(5)). The
     * test is the rules' own for employer coverage (EMP-001, EMP-002), run with that contribution as the offer.
     */
    public MarketplaceIchra ichra(MarketplaceRequest request, Integer queryYear) {
        int year = year(request, queryYear);
        if (year < FIRST_ICHRA_YEAR) {
            throw new InvalidRequestException("year", "individual coverage HRAs exist from plan years beginning in "
                    + FIRST_ICHRA_YEAR + " (26 CFR 1.36B-2(c)(5); T.D. 9867)");
        }
        MarketplaceHousehold household = MarketplaceHousehold.read(request, year);
        MarketplaceEligibility translated = MarketplaceEligibility.of(request, household);
        MarketplaceHousehold.Member employee = household.members().stream()
                .filter(m -> m.relationship() == org.acarules.facts.Relationship.SELF).findFirst().orElseThrow();
        BenchmarkResponse lcsp = benchmarks.answer(BenchmarkService.LCSP,
                benchmarkRequest(request, household, List.of(employee)), false);
        BigDecimal hra = request.hra() == null ? BigDecimal.ZERO : request.hra();
        BigDecimal required = lcsp.premium().subtract(hra).max(BigDecimal.ZERO);
        EligibilityRequest withOffer = translated.withOffer(employee.id(), required);
        Ruleset ruleset = active.get();
        EligibilityRequestValidator.validate(withOffer, ruleset.parameters());
        Evaluation evaluation = active.engine().evaluate(ruleset, EligibilityFacts.from(withOffer));
        boolean affordable = evaluation.factsOf(EmployerCoverage.class)
                .anyMatch(c -> c.personId().equals(employee.id()) && c.employeeId().equals(employee.id()));
        return new MarketplaceIchra(affordable, lcsp.premium(), required, lcsp.plan().planId(), ruleset.version());
    }

    /** The benchmark service's own request for {@code coverageFamily}, in the county the CMS body names. */
    private static BenchmarkRequest benchmarkRequest(MarketplaceRequest request, MarketplaceHousehold household,
            List<MarketplaceHousehold.Member> coverageFamily) {
        String county = request.place().countyfips();
        if (county == null || !county.matches("\\d{5}")) {
            throw new InvalidRequestException("place.countyfips", "required: a five-digit county FIPS code");
        }
        List<BenchmarkRequest.Person> people = household.members().stream()
                .map(m -> new BenchmarkRequest.Person(m.id(), m.age(), m.relationship(), m.input().usesTobacco(),
                        coverageFamily.contains(m)))
                .toList();
        return new BenchmarkRequest(household.year(),
                new BenchmarkRequest.Place(request.place().state(), county, request.place().zipcode()),
                new BenchmarkRequest.Household(people));
    }

    /** {@code hra} belongs to CMS's Ichra body only: elsewhere it would be silently meaningless. */
    private static void refuseHra(MarketplaceRequest request) {
        if (request.hra() != null) {
            throw new InvalidRequestException("hra", "unknown field 'hra': only /households/ichra takes an HRA amount");
        }
    }

    /** Runs only the household through the rules: the poverty-level rule (FPL-001) is the one that applies. */
    public PovertyLevel povertyLevel(Integer year, String state, Integer size, BigDecimal income) {
        Ruleset ruleset = active.get();
        validate(year, state, size, income, ruleset.parameters().ruleset());
        Household household = new Household(year, LocalDate.of(year, 1, 1), state, income,
                FilingStatus.SINGLE, size, null, null);
        Evaluation evaluation = active.engine().evaluate(ruleset, List.of(household));
        PtcIncome ptc = evaluation.factsOf(PtcIncome.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("the poverty-level rule did not fire"));
        return new PovertyLevel(EligibilityResponseAssembler.percent(ptc.ratio()), year, state, size, income,
                ptc.guidelineYear(), ptc.guideline(), ruleset.version());
    }

    private static void validate(Integer year, String state, Integer size, BigDecimal income, RulesetDefinition ruleset) {
        List<FieldError> errors = new ArrayList<>();
        if (year == null) {
            errors.add(new FieldError("year", "required"));
        } else if (!ruleset.coversYear(year)) {
            errors.add(new FieldError("year", "no rules for " + year + ": this ruleset models " + ruleset.firstYear()
                    + " to " + ruleset.lastYear()));
        }
        if (state == null || !ruleset.states().contains(state)) {
            errors.add(new FieldError("state", state == null ? "required" : "unknown state '" + state + "'"));
        }
        if (size == null || size < 1 || size > 20) {
            errors.add(new FieldError("size", "required, from 1 to 20"));
        }
        if (income == null || income.signum() < 0) {
            errors.add(new FieldError("income", income == null ? "required" : "must not be negative"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }
}
