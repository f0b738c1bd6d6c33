package org.acarules.eligibility;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.acarules.definitions.NotModelledException;
import org.acarules.facts.FilingStatus;
import org.acarules.facts.Relationship;
import org.acarules.requests.FieldError;
import org.acarules.requests.InvalidRequestException;

/**
 * A CMS Marketplace API household read with CMS's defaults for what it leaves out: the effective date (January 1 of the year), each person's age (the
 * {@code age} given, else from {@code dob} at the effective date), relationships (the first person is the subscriber
 * unless another is "Self"; with {@code has_married_couple} the next person without a relationship is the spouse; other
 * people without one are children under 19 and other relatives from 19, 26 USC 152(c)(3)), the filing status
 * (jointly with a spouse, else head of household with dependents, else single), and generated ids ("person-1", ...).
 */
record MarketplaceHousehold(int year, LocalDate effectiveDate, FilingStatus filingStatus, List<Member> members) {
    /** Below this age a person listed without a relationship is taken for the subscriber's child (26 USC 152(c)(3)(A)). */
    private static final int CHILD_UNDER_AGE = 19;

    /** One person as the rules see them, with the CMS fields that change an answer. */
    record Member(String id, int age, Relationship relationship, MarketplaceRequest.Person input) {
        /** {@code aptc_eligible: false}: the caller knows the person cannot have the credit (CMS's meaning). */
        boolean reportedNotAptcEligible() {
            return Boolean.FALSE.equals(input.aptcEligible());
        }

        /** {@code has_mec: true}: the person already has minimum essential coverage (Medicaid/CHIP, CMS says). */
        boolean hasMec() {
            return Boolean.TRUE.equals(input.hasMec());
        }

        /** Whether the person is in the coverage family priced for the credit (CMS leaves out both kinds above). */
        boolean inCoverageFamily() {
            return !reportedNotAptcEligible() && !hasMec();
        }

        boolean taxDependent() {
            return relationship != Relationship.SELF && relationship != Relationship.SPOUSE;
        }
    }

    /**
     * Reads the request, collecting every problem as a field error named by CMS's JSON path; throws
     * InvalidRequestException (400) for those and NotModelledException (422) for what CMS answers but the rules do not.
     */
    static MarketplaceHousehold read(MarketplaceRequest request, int year) {
        List<FieldError> errors = new ArrayList<>();
        MarketplaceRequest.Household household = request.household();
        if (household == null) {
            throw new InvalidRequestException("household", "required: the people to answer for");
        }
        checkVocabulary(request, errors);
        LocalDate effectiveDate = household.effectiveDate() != null ? household.effectiveDate() : LocalDate.of(year, 1, 1);
        if (effectiveDate.getYear() != year) {
            errors.add(new FieldError("household.effective_date", "must fall in year " + year));
        }
        List<MarketplaceRequest.Person> people = household.people();
        List<Integer> ages = new ArrayList<>(people.size());
        for (int i = 0; i < people.size(); i++) {
            ages.add(age(people.get(i), effectiveDate, "household.people[" + i + "]", errors));
        }
        List<Relationship> relationships = relationships(household, ages, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        List<Member> members = new ArrayList<>(people.size());
        for (int i = 0; i < people.size(); i++) {
            members.add(new Member("person-" + (i + 1), ages.get(i), relationships.get(i), people.get(i)));
        }
        checkModelled(request, year);
        boolean spouse = relationships.contains(Relationship.SPOUSE);
        boolean dependents = members.stream().anyMatch(Member::taxDependent);
        FilingStatus status = spouse ? FilingStatus.MARRIED_FILING_JOINTLY
                : dependents ? FilingStatus.HEAD_OF_HOUSEHOLD : FilingStatus.SINGLE;
        return new MarketplaceHousehold(year, effectiveDate, status, members);
    }

    /** CMS: "If both fields are populated, age takes precedence"; a dob gives the age at the effective date. */
    private static Integer age(MarketplaceRequest.Person person, LocalDate effectiveDate, String path, List<FieldError> errors) {
        if (person.age() != null) {
            return person.age();
        }
        if (person.dob() == null) {
            errors.add(new FieldError(path + ".age", "either age or dob is required"));
            return 0;
        }
        if (person.dob().isAfter(effectiveDate)) {
            errors.add(new FieldError(path + ".dob", "is after the effective date " + effectiveDate));
            return 0;
        }
        int age = Period.between(person.dob(), effectiveDate).getYears();
        if (age > 120) {
            errors.add(new FieldError(path + ".dob", "gives an age over 120 at " + effectiveDate));
        }
        return age;
    }

    private static List<Relationship> relationships(MarketplaceRequest.Household household, List<Integer> ages,
            List<FieldError> errors) {
        List<MarketplaceRequest.Person> people = household.people();
        List<Relationship> given = new ArrayList<>(people.size());
        for (int i = 0; i < people.size(); i++) {
            given.add(MarketplaceVocabulary.relationship(people.get(i).relationship(),
                    "household.people[" + i + "].relationship", errors).orElse(null));
        }
        List<Relationship> result = new ArrayList<>(given);
        int subscriber = given.indexOf(Relationship.SELF);
        if (subscriber < 0) {
            subscriber = given.indexOf(null); // CMS: the first person is considered the subscriber
            if (subscriber < 0) {
                errors.add(new FieldError("household.people", "one person must have relationship \"Self\""));
                return result;
            }
            result.set(subscriber, Relationship.SELF);
        } else if (given.lastIndexOf(Relationship.SELF) != subscriber) {
            errors.add(new FieldError("household.people[" + given.lastIndexOf(Relationship.SELF) + "].relationship",
                    "only one person may be \"Self\""));
        }
        if (given.indexOf(Relationship.SPOUSE) != given.lastIndexOf(Relationship.SPOUSE)) {
            errors.add(new FieldError("household.people[" + given.lastIndexOf(Relationship.SPOUSE) + "].relationship",
                    "only one person may be \"Spouse\""));
        }
        if (Boolean.TRUE.equals(household.hasMarriedCouple()) && !given.contains(Relationship.SPOUSE)) {
            int spouse = result.indexOf(null);
            if (spouse < 0) {
                errors.add(new FieldError("household.has_married_couple",
                        "is true, but no person can be the spouse: give one person relationship \"Spouse\""));
            } else {
                result.set(spouse, Relationship.SPOUSE);
            }
        }
        for (int i = 0; i < result.size(); i++) {
            if (result.get(i) == null) {
                result.set(i, ages.get(i) < CHILD_UNDER_AGE ? Relationship.CHILD : Relationship.OTHER_RELATIVE);
            }
        }
        return result;
    }

    /** Enumerated CMS fields, even those that cannot change an answer here: a misspelling is a 400 on CMS too. */
    private static void checkVocabulary(MarketplaceRequest request, List<FieldError> errors) {
        MarketplaceVocabulary.spelling(request.market(), MarketplaceVocabulary.MARKETS, "market", errors);
        MarketplaceVocabulary.csrOverride(request.csrOverride(), "csr_override", errors);
        MarketplaceVocabulary.spelling(request.household().unemploymentReceived(), MarketplaceVocabulary.UNEMPLOYMENT,
                "household.unemployment_received", errors);
        List<MarketplaceRequest.Person> people = request.household().people();
        for (int i = 0; i < people.size(); i++) {
            String path = "household.people[" + i + "].";
            MarketplaceRequest.Person p = people.get(i);
            MarketplaceVocabulary.spelling(p.gender(), MarketplaceVocabulary.GENDERS, path + "gender", errors);
            MarketplaceVocabulary.spelling(p.utilizationLevel(), MarketplaceVocabulary.UTILIZATION, path + "utilization_level", errors);
            MarketplaceVocabulary.spelling(p.utilization(), MarketplaceVocabulary.UTILIZATION, path + "utilization", errors);
        }
    }

    /** What CMS answers but these rules cannot yet: a 422 naming it, never a silently different answer. */
    private static void checkModelled(MarketplaceRequest request, int year) {
        if ("shop".equalsIgnoreCase(request.market())) {
            throw new NotModelledException("market \"SHOP\" is not modelled: these estimates are for the Individual market");
        }
        String unemployment = request.household().unemploymentReceived();
        if (year == 2021 && unemployment != null && !"none".equalsIgnoreCase(unemployment)) {
            throw new NotModelledException("household.unemployment_received: the 2021 cap of household income at 133% of the "
                    + "poverty line for households that received unemployment compensation (26 USC 36B(f)(1)(A), ARPA "
                    + "section 9663) is not modelled");
        }
    }
}
