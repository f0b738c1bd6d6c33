package org.acarules.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import org.acarules.definitions.NotModelledException;
import org.acarules.engine.ActiveRuleset;
import org.acarules.engine.Ruleset;
import org.acarules.facts.Relationship;
import org.acarules.plans.benchmark.BenchmarkService;
import org.acarules.plans.benchmark.CoveredMember;
import org.acarules.plans.benchmark.RatingAreaBenchmark;
import org.acarules.plans.benchmark.RatingAreaBenchmarks;
import org.acarules.requests.FieldError;
import org.acarules.requests.InvalidRequestException;
import org.junit.jupiter.api.Test;

/**
 * The rating-area estimate on the shipped figures and the real rating rules. Expected premiums by hand from the
 * reference CSVs: age-0 figure x age factor / age-0 factor of the state's curve, rounded to the cent.
 */
@QuarkusTest
class RatingAreaBenchmarksTest {
    private static final List<CoveredMember> ONE_ADULT_40 = List.of(new CoveredMember("pat", 40, Relationship.SELF));

    @Inject
    RatingAreaBenchmarks estimates;

    @Inject
    ActiveRuleset active;

    private RatingAreaBenchmark slcsp(int year, String state, String county, String zip, List<CoveredMember> members) {
        Ruleset ruleset = active.get();
        return estimates.benchmark(ruleset, BenchmarkService.SLCSP, year, state, county, zip, members, "county", "zip");
    }

    @Test
    void harrisCountyIn2025IsRatingArea10AgeRatedFromItsAge0Figure() {
        RatingAreaBenchmark b = slcsp(2025, "TX", "48201", null, ONE_ADULT_40);
        assertEquals(new BigDecimal("514.54"), b.premium()); // 308.00 x 1.278 / 0.765 = 514.5412
        assertEquals("Rating Area 10", b.ratingArea());
        assertEquals(new BigDecimal("308.00"), b.estimate().age0Monthly());
        assertEquals(0, new BigDecimal("0.765").compareTo(b.estimate().age0Factor()));
        assertEquals("gov.aca.benchmark.slcsp_age_0", b.estimate().parameter());
        assertEquals("benefit-definitions/parameters/gov/aca/benchmark/slcsp_age_0/2025.csv", b.estimate().file());
        assertFalse(b.reasons().isEmpty(), "the rating rules' reasons explain the premium");
    }

    @Test
    void losAngelesCountyIsPlacedByTheFirstThreeDigitsOfItsZipCode() {
        List<CoveredMember> eva = List.of(new CoveredMember("eva", 30, Relationship.SELF));
        assertEquals("Rating Area 16", slcsp(2026, "CA", "06037", "90012", eva).ratingArea());
        assertEquals("Rating Area 15", slcsp(2026, "CA", "06037", "91101", eva).ratingArea());
        assertEquals(new BigDecimal("410.97"), slcsp(2026, "CA", "06037", "91101", eva).premium()); // 277 x 1.135 / 0.765
        assertError("zip", "zipcode_required", () -> slcsp(2026, "CA", "06037", null, eva));
        assertError("zip", "unknown_zipcode", () -> slcsp(2026, "CA", "06037", "94103", eva));
        assertError("zip", null, () -> slcsp(2026, "CA", "06037", "9001", eva));
    }

    @Test
    void aBadCountyIsA400NamingTheField() {
        assertError("county", "unknown_county", () -> slcsp(2025, "TX", "48999", null, ONE_ADULT_40));
        assertError("county", "county_not_in_state", () -> slcsp(2025, "CA", "48201", null, ONE_ADULT_40));
        assertError("county", null, () -> slcsp(2025, "TX", "4820", null, ONE_ADULT_40));
    }

    @Test
    void aYearOrAreaWithoutFiguresIsNotModelledNamingTheField() {
        assertEquals("year", assertThrows(NotModelledException.class, () -> slcsp(2017, "TX", "48201", null, ONE_ADULT_40)).field());
        assertEquals("year", assertThrows(NotModelledException.class, () -> estimates.benchmark(active.get(), BenchmarkService.LCBP,
                2025, "TX", "48201", null, ONE_ADULT_40, "county", "zip")).field());
        assertEquals("county", assertThrows(NotModelledException.class, () -> slcsp(2026, "FL", "12045", null, ONE_ADULT_40)).field());
        assertEquals("place.state", assertThrows(NotModelledException.class, () -> slcsp(2026, "MA", "25025", null, ONE_ADULT_40)).field());
    }

    @Test
    void aFamilyTierStateChargesTheTierNotTheAges() {
        RatingAreaBenchmark b = slcsp(2026, "NY", "36001", null, List.of(new CoveredMember("ann", 45, Relationship.SELF),
                new CoveredMember("kid", 4, Relationship.CHILD)));
        assertEquals(new BigDecimal("680.00"), b.estimate().age0Monthly());
        assertNull(b.estimate().age0Factor());
        // 680.00 x 1.70, NY's one-adult-with-children tier (CMS Uniform Family Tiers) = 1,156.00, whatever the ages
        assertEquals(new BigDecimal("1156.00"), b.premium());
        assertEquals("one_adult_with_children", b.estimate().familyTier().tier());
    }

    private static void assertError(String field, String code, org.junit.jupiter.api.function.Executable call) {
        FieldError error = assertThrows(InvalidRequestException.class, call).errors().get(0);
        assertEquals(field, error.field(), error.message());
        assertEquals(code, error.code(), error.message());
    }
}
