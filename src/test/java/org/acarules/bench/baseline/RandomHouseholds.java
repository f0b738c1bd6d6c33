package org.acarules.bench.baseline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.acarules.eligibility.EligibilityRequest;
import org.acarules.eligibility.EligibilityRequest.EmployerOfferInput;
import org.acarules.eligibility.EligibilityRequest.HouseholdInput;
import org.acarules.eligibility.EligibilityRequest.MonthlyAmount;
import org.acarules.eligibility.EligibilityRequest.PersonInput;
import org.acarules.eligibility.EligibilityRequest.Place;
import org.acarules.facts.FilingStatus;
import org.acarules.facts.ImmigrationStatus;
import org.acarules.facts.Relationship;

/**
 * Valid eligibility requests drawn from a seeded generator, wide enough to reach every eligibility rule: all modelled
 * states, years 2014-2026, incomes from zero to six times the poverty line, the rare flags (pregnancy, immigration
 * bars, incarceration, AIAN, other coverage, employer offers) often enough to matter. The same seed gives the same
 * households, so the rules and the plain-Java baseline see the same ones.
 */
public final class RandomHouseholds {
    private static final List<String> STATES = List.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL",
            "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE",
            "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT",
            "VA", "WA", "WV", "WI", "WY");

    private final Random random;

    public RandomHouseholds(long seed) {
        this.random = new Random(seed);
    }

    public List<EligibilityRequest> next(int count) {
        List<EligibilityRequest> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            requests.add(next());
        }
        return requests;
    }

    public EligibilityRequest next() {
        int year = 2014 + random.nextInt(13);
        String state = STATES.get(random.nextInt(STATES.size()));
        LocalDate coverageDate = chance(0.2) ? LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28)) : null;
        List<PersonInput> people = new ArrayList<>();
        boolean married = chance(0.45);
        FilingStatus status = married ? FilingStatus.MARRIED_FILING_JOINTLY
                : chance(0.08) ? FilingStatus.MARRIED_FILING_SEPARATELY
                : chance(0.3) ? FilingStatus.HEAD_OF_HOUSEHOLD : FilingStatus.SINGLE;
        int filerAge = chance(0.05) ? 18 + random.nextInt(3) : chance(0.1) ? 65 + random.nextInt(20) : 21 + random.nextInt(44);
        people.add(person("self", filerAge, Relationship.SELF, chance(0.03)));
        if (married) {
            people.add(person("spouse", Math.max(18, filerAge + random.nextInt(11) - 5), Relationship.SPOUSE, false));
        }
        int children = chance(0.5) ? random.nextInt(4) : 0;
        for (int c = 0; c < children; c++) {
            people.add(person("child" + (c + 1), random.nextInt(27), Relationship.CHILD, chance(0.9)));
        }
        if (chance(0.06)) {
            people.add(person("relative", 15 + random.nextInt(70), Relationship.OTHER_RELATIVE, chance(0.8)));
        }
        double fplMultiple = random.nextDouble() * (chance(0.1) ? 12 : 5.5);
        long base = 15_000L + 5_400L * (people.size() - 1);
        BigDecimal income = BigDecimal.valueOf(Math.round(fplMultiple * base * 100), 2);
        if (chance(0.02)) {
            income = BigDecimal.ZERO;
        }
        MonthlyAmount benchmark = chance(0.7) ? money(250 + random.nextInt(400) * people.size()) : null;
        MonthlyAmount plan = chance(0.4) ? money(150 + random.nextInt(500) * people.size()) : null;
        return new EligibilityRequest(year, coverageDate, new Place(state, null, null),
                new HouseholdInput(income, status, people), benchmark, plan, null);
    }

    private PersonInput person(String id, int age, Relationship relationship, boolean taxDependentOrSeeks) {
        boolean filer = relationship == Relationship.SELF;
        ImmigrationStatus immigration = chance(0.85) ? ImmigrationStatus.CITIZEN
                : chance(0.75) ? ImmigrationStatus.LAWFULLY_PRESENT : ImmigrationStatus.NOT_LAWFULLY_PRESENT;
        Boolean barred = immigration == ImmigrationStatus.LAWFULLY_PRESENT ? (Boolean) chance(0.4) : null;
        boolean adult = age >= 18;
        EmployerOfferInput offer = null;
        if (adult && relationship != Relationship.CHILD && relationship != Relationship.OTHER_RELATIVE && chance(0.3)) {
            offer = new EmployerOfferInput(money(20 + random.nextInt(600)).monthly(),
                    chance(0.8) ? money(200 + random.nextInt(1500)).monthly() : null, chance(0.9));
        }
        return new PersonInput(id, age, relationship,
                filer ? (Boolean) true : relationship == Relationship.CHILD ? (Boolean) taxDependentOrSeeks : (Boolean) chance(0.9),
                // a relative is claimed half the time, so a claimed relative child (a caretaker relative, MCD-011) occurs
                filer ? (Boolean) taxDependentOrSeeks
                        : (Boolean) (relationship == Relationship.CHILD || relationship == Relationship.OTHER_RELATIVE && chance(0.5)),
                adult ? (Boolean) chance(0.15) : null,
                age >= 14 && age <= 45 && chance(0.06),
                immigration, barred, chance(0.01), chance(0.03), chance(0.08), chance(0.02), offer,
                null, null, null, null); // the 8 USC 1641 fields and 36B(e)(2)'s: the baseline reads only the caller's bar flag
    }

    private MonthlyAmount money(int dollars) {
        return new MonthlyAmount(BigDecimal.valueOf(dollars * 100L + random.nextInt(100), 2));
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }
}
