package org.acarules.eligibility;

import org.acarules.engine.Explanation;
import org.acarules.engine.Reason;
import org.acarules.engine.TraceEntry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.acarules.engine.Evaluation;
import org.acarules.engine.Reason;
import org.acarules.engine.TraceEntry;
import org.acarules.facts.*;

/** Reads the conclusions the rules left in working memory and shapes the answer; it decides nothing itself. */
final class EligibilityResponseAssembler {
    private static final List<String> CATEGORY_ORDER = List.of("pregnant", "infant", "child", "parent", "adult");

    private EligibilityResponseAssembler() {
    }

    static EligibilityResponse assemble(EligibilityRequest request, Evaluation evaluation, boolean trace) {
        return assemble(request, evaluation, trace, null);
    }

    /** With {@code benchmark} when the service found the benchmark premium (catalogue or estimate) rather than the request. */
    static EligibilityResponse assemble(EligibilityRequest request, Evaluation evaluation, boolean trace, FoundBenchmark benchmark) {
        Conclusions facts = new Conclusions(evaluation.facts());
        Household household = facts.household;
        Explanation explanation = Explanation.of(evaluation, trace);
        List<EligibilityResponse.PersonResult> people = new ArrayList<>(request.household().people().size());
        for (EligibilityRequest.PersonInput input : request.household().people()) {
            people.add(person(input.id(), facts, explanation.forPerson(input.id())));
        }
        PtcIncome ptcIncome = facts.ptcIncome;
        MedicaidIncome medicaidIncome = facts.medicaidIncome;
        EligibilityResponse.HouseholdResult result = new EligibilityResponse.HouseholdResult(household.size(),
                ptcIncome == null ? null : ptcIncome.guideline(),
                ptcIncome == null ? null : percent(ptcIncome.ratio()),
                medicaidIncome == null ? null : medicaidIncome.guideline(),
                medicaidIncome == null ? null : percent(medicaidIncome.ratio()),
                aptc(household, facts, benchmark), householdReasons(explanation, benchmark));
        return new EligibilityResponse(request.year(), evaluation.rulesetVersion(), request.parameterOverrides(), result, people,
                trace(explanation, benchmark));
    }

    private static EligibilityResponse.PersonResult person(String id, Conclusions facts, List<Reason> reasons) {
        Conclusions.PersonConclusions p = facts.of(id);
        if (p.outcome == null) {
            throw new IllegalStateException("no outcome rule fired for a person");
        }
        return new EligibilityResponse.PersonResult(id, p.outcome, p.medicaidCategory != null, p.medicaidCategory,
                p.chipCategory != null, p.chipCategory, p.aptc, p.csr == null ? "none" : p.csr, p.catastrophic, p.gap,
                p.bhp == null ? null : new EligibilityResponse.BasicHealthProgram(p.bhp.program(), p.bhp.basis()), reasons);
    }

    /**
     * The conclusions the rules left in working memory, read in one pass (the first of each kind, as the rules insert
     * them in firing order): per person, and for the household.
     */
    private static final class Conclusions {
        private final java.util.Map<String, PersonConclusions> people = new java.util.HashMap<>();
        private Household household;
        private PtcIncome ptcIncome;
        private MedicaidIncome medicaidIncome;
        private boolean aptcEligible;
        private ApplicablePercentage applicablePercentage;
        private ExpectedContribution contribution;
        private AptcAmount amount;

        Conclusions(List<Object> facts) {
            for (Object fact : facts) {
                if (fact instanceof Household h && household == null) {
                    household = h;
                }
            }
            if (household == null) {
                throw new java.util.NoSuchElementException("no Household fact");
            }
            for (Object fact : facts) {
                if (fact instanceof Outcome o) {
                    PersonConclusions p = of(o.personId());
                    if (p.outcome == null) {
                        p.outcome = o.outcome();
                    }
                } else if (fact instanceof MedicaidEligible m) {
                    PersonConclusions p = of(m.personId());
                    if (p.medicaidCategory == null
                            || CATEGORY_ORDER.indexOf(m.category()) < CATEGORY_ORDER.indexOf(p.medicaidCategory)) {
                        p.medicaidCategory = m.category();
                    }
                } else if (fact instanceof CsrLevel c) {
                    PersonConclusions p = of(c.personId());
                    if (p.csr == null) {
                        p.csr = c.level();
                    }
                } else if (fact instanceof ChipEligible c) {
                    PersonConclusions p = of(c.personId());
                    if (p.chipCategory == null || "pregnant".equals(c.category())) {
                        p.chipCategory = c.category();
                    }
                } else if (fact instanceof BasicHealthProgramEligible b) {
                    PersonConclusions p = of(b.personId());
                    if (p.bhp == null) {
                        p.bhp = b;
                    }
                } else if (fact instanceof AptcEligible a) {
                    of(a.personId()).aptc = true;
                    aptcEligible = true;
                } else if (fact instanceof CatastrophicEligible c) {
                    of(c.personId()).catastrophic = true;
                } else if (fact instanceof CoverageGap g) {
                    of(g.personId()).gap = true;
                } else if (fact instanceof PtcIncome i && ptcIncome == null) {
                    ptcIncome = i;
                } else if (fact instanceof MedicaidIncome m && medicaidIncome == null
                        && m.householdSize() == household.size()) {
                    medicaidIncome = m;
                } else if (fact instanceof ApplicablePercentage a && applicablePercentage == null) {
                    applicablePercentage = a;
                } else if (fact instanceof ExpectedContribution c && contribution == null) {
                    contribution = c;
                } else if (fact instanceof AptcAmount a && amount == null) {
                    amount = a;
                }
            }
        }

        PersonConclusions of(String id) {
            return people.computeIfAbsent(id, k -> new PersonConclusions());
        }

        private static final class PersonConclusions {
            private CoverageOutcome outcome;
            private String medicaidCategory;
            private String csr;
            private String chipCategory;
            private BasicHealthProgramEligible bhp;
            private boolean aptc;
            private boolean catastrophic;
            private boolean gap;
        }
    }

    /** The trace, followed by the benchmark's (rating, SLCSP) when the service found it. */
    private static List<TraceEntry> trace(Explanation explanation, FoundBenchmark catalogue) {
        if (explanation.trace() == null || catalogue == null) {
            return explanation.trace();
        }
        List<TraceEntry> trace = new ArrayList<>(explanation.trace());
        catalogue.trace().forEach(t -> trace.add(t.at(trace.size() + 1)));
        return trace;
    }

    /** The household's reasons, with the benchmark rules' (SLCSP, rating) when the service found it. */
    private static List<Reason> householdReasons(Explanation explanation, FoundBenchmark catalogue) {
        if (catalogue == null) {
            return explanation.household();
        }
        List<Reason> reasons = new ArrayList<>(explanation.household());
        reasons.addAll(catalogue.reasons());
        return reasons;
    }

    private static EligibilityResponse.Aptc aptc(Household household, Conclusions facts, FoundBenchmark found) {
        BigDecimal applicable = facts.applicablePercentage == null ? null : facts.applicablePercentage.value();
        EligibilityResponse.Amount contribution = facts.contribution == null ? null
                : new EligibilityResponse.Amount(facts.contribution.monthly(), facts.contribution.annual());
        EligibilityResponse.Amount amount = facts.amount == null ? null
                : new EligibilityResponse.Amount(facts.amount.monthly(), facts.amount.annual());
        EligibilityResponse.BenchmarkPremium benchmarkPremium = household.benchmarkMonthly() == null ? null
                : found != null ? found.report()
                : new EligibilityResponse.BenchmarkPremium(household.benchmarkMonthly(), "request", null, null, null, null);
        return new EligibilityResponse.Aptc(facts.aptcEligible, applicable, contribution, benchmarkPremium, amount);
    }

    /** Income as a percent of the poverty line, with decimals beyond the second dropped. */
    static BigDecimal percent(BigDecimal ratio) {
        return ratio.movePointRight(2).setScale(2, RoundingMode.DOWN);
    }
}
