package org.acarules.bench.baseline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.acarules.definitions.ParameterStore;
import org.acarules.eligibility.EligibilityRequest;
import org.acarules.eligibility.EligibilityRequest.EmployerOfferInput;
import org.acarules.eligibility.EligibilityRequest.PersonInput;
import org.acarules.facts.CoverageOutcome;
import org.acarules.facts.FilingStatus;
import org.acarules.facts.ImmigrationStatus;
import org.acarules.facts.Relationship;

/**
 * The eligibility rules of rules/eligibility written as plain Java, reading the same parameters: the floor the
 * rules' cost is measured against, and nothing else. It lives in the test sources only; production decides with the
 * rules. It must agree with the rules exactly on random households (see EligibilityBaselineAgreementTest and the
 * engine benchmark), or the comparison is void. Comments name the rule each step mirrors.
 */
public final class PlainJavaEligibility {
    private static final BigDecimal MONTHS = BigDecimal.valueOf(12);
    private static final BigDecimal ZERO_CENTS = BigDecimal.ZERO.setScale(2);
    private static final String[] CATEGORY_ORDER = {"pregnant", "infant", "child", "parent", "adult"};

    private final ParameterStore params;

    public PlainJavaEligibility(ParameterStore params) {
        this.params = params;
    }

    public Verdict evaluate(EligibilityRequest request) {
        int year = request.year();
        LocalDate taxYearStart = LocalDate.of(year, 1, 1);
        LocalDate date = request.coverageDate() != null ? request.coverageDate() : taxYearStart;
        String state = request.place().state();
        List<PersonInput> people = request.household().people();
        int n = people.size();
        BigDecimal income = request.household().income();
        BigDecimal benchmark = request.benchmarkPremium() == null ? null : request.benchmarkPremium().monthly();
        BigDecimal planPremium = request.planPremium() == null ? null : request.planPremium().monthly();

        // FPL-001..003
        String fpgTable = "gov.hhs.fpg." + params.text("gov.hhs.fpg.area", state, date);
        BigDecimal ptcGuideline = params.povertyGuideline(fpgTable, year - 1, n);
        BigDecimal ptcRatio = income.divide(ptcGuideline, 12, RoundingMode.DOWN);
        int wholePercent = ptcRatio.movePointRight(2).setScale(0, RoundingMode.DOWN).intValueExact();
        BigDecimal medicaidGuideline = null;
        BigDecimal medicaidGuidelinePregnant = null;

        // MCD-001, QHP-001/002
        boolean[] statusMet = new boolean[n];
        boolean[] marketplaceBar = new boolean[n];
        boolean anyChildForParent = false;
        int dependentChildMaxAge = params.integer("gov.hhs.medicaid.parent.dependent_child_max_age", date);
        for (int i = 0; i < n; i++) {
            PersonInput p = people.get(i);
            statusMet[i] = p.immigrationStatus() == ImmigrationStatus.CITIZEN
                    || (p.immigrationStatus() == ImmigrationStatus.LAWFULLY_PRESENT && !isTrue(p.barredFromMedicaidByImmigrationStatus()));
            marketplaceBar[i] = p.immigrationStatus() == ImmigrationStatus.NOT_LAWFULLY_PRESENT || isTrue(p.isIncarcerated());
            boolean claimedRelative = p.relationship() == Relationship.OTHER_RELATIVE && isTrue(p.isTaxDependent());
            if ((p.relationship() == Relationship.CHILD || claimedRelative) && p.age() <= dependentChildMaxAge) {
                anyChildForParent = true;
            }
        }

        // MCD-010..015, CHIP-001, CHIP-002
        BigDecimal adultLimit = params.number("gov.hhs.medicaid.adult.income_limit", state, date);
        BigDecimal parentLimit = params.number("gov.hhs.medicaid.parent.income_limit", state, date);
        BigDecimal pregnantLimit = params.number("gov.hhs.medicaid.pregnant.income_limit", state, date);
        BigDecimal infantLimit = params.number("gov.hhs.medicaid.child.infant.income_limit", state, date);
        BigDecimal age15Limit = params.number("gov.hhs.medicaid.child.age_1_5.income_limit", state, date);
        BigDecimal age618Limit = params.number("gov.hhs.medicaid.child.age_6_18.income_limit", state, date);
        BigDecimal chipLimit = params.number("gov.hhs.chip.child.income_limit", state, date);
        BigDecimal chipPregnantLimit = params.number("gov.hhs.chip.pregnant.income_limit", state, date);
        int adultMin = params.integer("gov.hhs.medicaid.adult.min_age", date);
        int adultMax = params.integer("gov.hhs.medicaid.adult.max_age", date);
        int infantMax = params.integer("gov.hhs.medicaid.child.infant.max_age", date);
        int age15Max = params.integer("gov.hhs.medicaid.child.age_1_5.max_age", date);
        int age618Max = params.integer("gov.hhs.medicaid.child.age_6_18.max_age", date);
        String[] medicaid = new String[n];
        boolean[] chip = new boolean[n];
        BigDecimal[] medicaidRatio = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            PersonInput p = people.get(i);
            boolean pregnant = isTrue(p.isPregnant());
            BigDecimal ratio;
            if (pregnant) {
                if (medicaidGuidelinePregnant == null) {
                    medicaidGuidelinePregnant = params.povertyGuideline(fpgTable, year, n + 1);
                }
                ratio = income.divide(medicaidGuidelinePregnant, 12, RoundingMode.DOWN);
            } else {
                if (medicaidGuideline == null) {
                    medicaidGuideline = params.povertyGuideline(fpgTable, year, n);
                }
                ratio = income.divide(medicaidGuideline, 12, RoundingMode.DOWN);
            }
            medicaidRatio[i] = ratio;
            if (!statusMet[i]) {
                continue;
            }
            int age = p.age();
            String category = null;
            if (!pregnant && within(ratio, adultLimit) && age >= adultMin && age <= adultMax) {
                category = better(category, "adult");
            }
            if ((p.relationship() == Relationship.SELF || p.relationship() == Relationship.SPOUSE) && age > age618Max
                    && anyChildForParent && within(ratio, parentLimit)) {
                category = better(category, "parent");
            }
            if (pregnant && within(ratio, pregnantLimit)) {
                category = better(category, "pregnant");
            }
            if (age <= infantMax && within(ratio, infantLimit)) {
                category = better(category, "infant");
            }
            if (age > infantMax && age <= age15Max && within(ratio, age15Limit)) {
                category = better(category, "child");
            }
            if (age > age15Max && age <= age618Max && within(ratio, age618Limit)) {
                category = better(category, "child");
            }
            medicaid[i] = category;
            chip[i] = category == null && chipLimit != null && !isTrue(p.hasOtherMec())
                    && age <= params.integer("gov.hhs.chip.child.max_age", date) && ratio.compareTo(chipLimit) <= 0;
            chip[i] |= category == null && pregnant && !isTrue(p.hasOtherMec()) && within(ratio, chipPregnantLimit);
        }

        // EMP-001..004
        boolean[] employerCoverage = new boolean[n];
        BigDecimal threshold = null;
        for (int e = 0; e < n; e++) {
            EmployerOfferInput offer = people.get(e).employerOffer();
            if (offer == null) {
                continue;
            }
            if (threshold == null) {
                threshold = income.multiply(params.number(
                        "gov.aca.ptc.employer_affordability.required_contribution_percentage", taxYearStart))
                        .setScale(2, RoundingMode.HALF_UP);
            }
            if (!offer.providesMinimumValue()) {
                continue;
            }
            BigDecimal selfOnlyAnnual = offer.selfOnlyMonthlyContribution().multiply(MONTHS);
            if (selfOnlyAnnual.compareTo(threshold) <= 0) {
                employerCoverage[e] = true;
            }
            Relationship employee = people.get(e).relationship();
            if (employee != Relationship.SELF && employee != Relationship.SPOUSE) {
                continue;
            }
            BigDecimal family = offer.familyMonthlyContribution();
            boolean familyAffordable;
            if (params.flag("gov.aca.ptc.employer_affordability.related_individuals_use_family_contribution", taxYearStart)) {
                familyAffordable = family != null && family.multiply(MONTHS).compareTo(threshold) <= 0;
            } else {
                familyAffordable = family != null && selfOnlyAnnual.compareTo(threshold) <= 0;
            }
            if (familyAffordable) {
                for (int i = 0; i < n; i++) {
                    if (i != e && !people.get(i).id().equals(people.get(e).id()) && inCoreFamily(people.get(i))) {
                        employerCoverage[i] = true;
                    }
                }
            }
        }

        // BHP-001/002, BHP-010..012
        boolean[] bhp = new boolean[n];
        boolean[] bhpAptcBar = new boolean[n];
        BigDecimal bhpLimit = params.number("gov.hhs.bhp.income_limit", state, date);
        BigDecimal bhpMinAge = params.number("gov.hhs.bhp.min_age", state, date);
        if (bhpLimit != null && bhpMinAge != null) {
            BigDecimal bhpFloor = params.number("gov.hhs.bhp.income_floor", date);
            int bhpMaxAge = params.integer("gov.hhs.bhp.max_age", date);
            boolean section1331 = "section_1331".equals(params.text("gov.hhs.bhp.basis", state, date));
            for (int i = 0; i < n; i++) {
                PersonInput p = people.get(i);
                boolean lawful = p.immigrationStatus() == ImmigrationStatus.CITIZEN
                        || p.immigrationStatus() == ImmigrationStatus.LAWFULLY_PRESENT;
                boolean barredLawful = p.immigrationStatus() == ImmigrationStatus.LAWFULLY_PRESENT
                        && isTrue(p.barredFromMedicaidByImmigrationStatus());
                BigDecimal ratio = medicaidRatio[i];
                boolean incomeFits = within(ratio, bhpLimit)
                        && (ratio.compareTo(bhpFloor) > 0 || barredLawful);
                bhp[i] = lawful && incomeFits && !isTrue(p.hasOtherMec()) && !isTrue(p.isIncarcerated())
                        && p.age() >= bhpMinAge.intValue() && p.age() <= bhpMaxAge
                        && medicaid[i] == null && !chip[i] && !employerCoverage[i];
                bhpAptcBar[i] = bhp[i];
                marketplaceBar[i] |= bhp[i] && section1331;
            }
        }

        // APTC-001..004: the income test
        BigDecimal floor = params.number("gov.aca.ptc.income_floor", taxYearStart);
        BigDecimal ceiling = params.number("gov.aca.ptc.income_ceiling", taxYearStart);
        boolean householdMeetsIncomeTest = ptcRatio.compareTo(floor) >= 0 && (ceiling == null || ptcRatio.compareTo(ceiling) <= 0);
        boolean belowFloor = ptcRatio.compareTo(floor) < 0;
        boolean belowFloorException = belowFloor
                && params.flag("gov.aca.ptc.lawfully_present_below_floor_exception", taxYearStart);
        boolean aboveCeiling = ceiling != null && ptcRatio.compareTo(ceiling) > 0;
        boolean[] incomeTestMet = new boolean[n];
        boolean[] incomeTestFailed = new boolean[n];
        boolean filerIsDependent = false;
        for (PersonInput p : people) {
            if (p.relationship() == Relationship.SELF && isTrue(p.isTaxDependent())) {
                filerIsDependent = true;
            }
        }
        boolean mfs = request.household().filingStatus() == FilingStatus.MARRIED_FILING_SEPARATELY;
        boolean[] aptc = new boolean[n];
        boolean anyAptc = false;
        for (int i = 0; i < n; i++) {
            PersonInput p = people.get(i);
            incomeTestMet[i] = householdMeetsIncomeTest || (belowFloorException
                    && p.immigrationStatus() == ImmigrationStatus.LAWFULLY_PRESENT && isTrue(p.barredFromMedicaidByImmigrationStatus()));
            incomeTestFailed[i] = (belowFloor && !incomeTestMet[i]) || aboveCeiling;
            // APTC-010..014 bars, APTC-020
            boolean barred = mfs || filerIsDependent || isTrue(p.hasOtherMec()) || medicaid[i] != null || chip[i]
                    || employerCoverage[i] || bhpAptcBar[i];
            aptc[i] = incomeTestMet[i] && !barred && !marketplaceBar[i];
            anyAptc |= aptc[i];
        }

        // GAP-001 (Medicaid status met) and GAP-002 (barred by immigration status): together the old single rule
        boolean coversAdultsToPovertyLine = adultLimit != null && adultLimit.compareTo(floor) >= 0;
        boolean[] gap = new boolean[n];
        if (!coversAdultsToPovertyLine && belowFloor) {
            for (int i = 0; i < n; i++) {
                PersonInput p = people.get(i);
                gap[i] = !isTrue(p.hasOtherMec()) && p.age() >= adultMin && p.age() <= adultMax && medicaid[i] == null
                        && !chip[i] && !incomeTestMet[i] && !marketplaceBar[i];
            }
        }

        // CSR-001..003, CSR-010/011, CAT-001..003, OUT-001..007
        BigDecimal aianZeroLimit = null;
        int catastrophicAgeLimit = params.integer("gov.aca.catastrophic.age_limit", taxYearStart);
        boolean incomeHardship = params.flag("gov.aca.catastrophic.income_based_hardship_exemption", state, taxYearStart);
        List<Verdict.PersonVerdict> verdicts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            PersonInput p = people.get(i);
            String csr = "none";
            if (isTrue(p.isAian())) {
                if (aptc[i]) {
                    if (aianZeroLimit == null) {
                        aianZeroLimit = params.number("gov.aca.csr.aian_zero_cost_sharing_income_limit", taxYearStart);
                    }
                    if (ptcRatio.compareTo(aianZeroLimit) <= 0) {
                        csr = "zero";
                    }
                }
                if (csr.equals("none") && !marketplaceBar[i]) {
                    csr = "limited";
                }
            } else if (aptc[i]) {
                csr = csrBand(ptcRatio, taxYearStart);
            }
            boolean catastrophic = !marketplaceBar[i] && (p.age() < catastrophicAgeLimit || isTrue(p.hasHardshipExemption())
                    || (incomeHardship && incomeTestFailed[i]));
            CoverageOutcome outcome = medicaid[i] != null ? CoverageOutcome.MEDICAID
                    : chip[i] ? CoverageOutcome.CHIP
                    : employerCoverage[i] ? CoverageOutcome.EMPLOYER_COVERAGE
                    : bhp[i] ? CoverageOutcome.BASIC_HEALTH_PROGRAM
                    : gap[i] ? CoverageOutcome.COVERAGE_GAP
                    : aptc[i] ? CoverageOutcome.APTC
                    : marketplaceBar[i] ? CoverageOutcome.NOT_ELIGIBLE : CoverageOutcome.MARKETPLACE;
            verdicts.add(new Verdict.PersonVerdict(p.id(), outcome, medicaid[i], chip[i], aptc[i], csr, catastrophic, gap[i]));
        }

        // AMT-001..004
        BigDecimal applicable = null;
        BigDecimal contributionAnnual = null;
        BigDecimal contributionMonthly = null;
        BigDecimal aptcMonthly = null;
        if (anyAptc) {
            applicable = params.scale("gov.aca.ptc.applicable_percentage", taxYearStart, BigDecimal.valueOf(wholePercent, 2));
            if (applicable != null) {
                contributionAnnual = income.multiply(applicable).setScale(2, RoundingMode.HALF_UP);
                contributionMonthly = contributionAnnual.divide(MONTHS, 2, RoundingMode.HALF_UP);
                if (benchmark != null) {
                    aptcMonthly = benchmark.subtract(contributionMonthly).max(ZERO_CENTS);
                    if (planPremium != null && aptcMonthly.compareTo(planPremium) > 0) {
                        aptcMonthly = planPremium.setScale(2, RoundingMode.HALF_UP);
                    }
                }
            }
        }
        BigDecimal medicaidFplPercent = medicaidGuideline == null ? null
                : percent(income.divide(medicaidGuideline, 12, RoundingMode.DOWN));
        return new Verdict(n, ptcGuideline, percent(ptcRatio), medicaidGuideline, medicaidFplPercent, anyAptc, applicable,
                contributionMonthly, contributionAnnual, aptcMonthly, aptcMonthly == null ? null : aptcMonthly.multiply(MONTHS),
                verdicts);
    }

    private String csrBand(BigDecimal ratio, LocalDate taxYearStart) {
        BigDecimal limit94 = params.number("gov.aca.csr.income_limit.variant_94", taxYearStart);
        if (ratio.compareTo(limit94) <= 0) {
            return "94";
        }
        BigDecimal limit87 = params.number("gov.aca.csr.income_limit.variant_87", taxYearStart);
        if (ratio.compareTo(limit87) <= 0) {
            return "87";
        }
        return ratio.compareTo(params.number("gov.aca.csr.income_limit.variant_73", taxYearStart)) <= 0 ? "73" : "none";
    }

    private static boolean within(BigDecimal ratio, BigDecimal limit) {
        return limit != null && ratio.compareTo(limit) <= 0;
    }

    /** The first category in the answer's order (pregnant, infant, child, parent, adult). */
    private static String better(String current, String candidate) {
        return current == null || rank(candidate) < rank(current) ? candidate : current;
    }

    private static int rank(String category) {
        for (int i = 0; i < CATEGORY_ORDER.length; i++) {
            if (CATEGORY_ORDER[i].equals(category)) {
                return i;
            }
        }
        return CATEGORY_ORDER.length;
    }

    private static boolean inCoreFamily(PersonInput p) {
        return p.relationship() == Relationship.SELF || p.relationship() == Relationship.SPOUSE
                || p.relationship() == Relationship.CHILD;
    }

    private static BigDecimal percent(BigDecimal ratio) {
        return ratio.movePointRight(2).setScale(2, RoundingMode.DOWN);
    }

    private static boolean isTrue(Boolean flag) {
        return Boolean.TRUE.equals(flag);
    }
}
