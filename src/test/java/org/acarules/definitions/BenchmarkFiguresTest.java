package org.acarules.definitions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rating-area benchmark figures as shipped in benefit-definitions/parameters/gov/aca/benchmark, loaded by the real
 * loader: complete for every county and year they claim, with the gaps their files document and no others.
 */
class BenchmarkFiguresTest {
    private static ParameterStore store;

    @BeforeAll
    static void load() {
        store = new ParameterLoader().load(Path.of("benefit-definitions"));
    }

    private static Table counties() {
        return store.table("gov.aca.benchmark.county_rating_area", LocalDate.of(2026, 1, 1));
    }

    @Test
    void everyCountyOfTheFiftyStatesAndDcIsMappedOnce() {
        Table counties = counties();
        assertEquals(3142, counties.size());
        assertTrue(counties.rows().stream().allMatch(r -> store.ruleset().states().contains(r.text("state"))));
        assertEquals(51, counties.rows().stream().map(r -> r.text("state")).distinct().count());
        Table.Row harris = counties.row("48201").orElseThrow();
        assertEquals("TX", harris.text("state"));
        assertEquals("Harris County", harris.text("county_name"));
        assertEquals("10", harris.text("rating_area"));
        assertTrue(counties.row("72001").isEmpty(), "Puerto Rico is out of scope");
    }

    @Test
    void everyMappedAreaHasAFigureEveryYearExceptTheDocumentedGaps() {
        Set<String> mapped = new TreeSet<>();
        counties().rows().forEach(r -> mapped.add(r.text("state") + " " + r.text("rating_area")));
        List<String> gaps = new ArrayList<>();
        for (int year = 2018; year <= 2026; year++) {
            Table figures = store.tableForYear("gov.aca.benchmark.slcsp_age_0", year);
            assertEquals(498, figures.size(), "areas in " + year);
            for (String area : mapped) {
                String[] stateAndArea = area.split(" ");
                if (figures.row(stateAndArea[0], stateAndArea[1]).isEmpty()) {
                    gaps.add(year + " " + area);
                }
            }
        }
        // FL 22 (Gulf County), SC 9 (Calhoun), SC 19 (Edgefield): named in slcsp_age_0.yaml's description
        assertEquals(27, gaps.size(), gaps.toString());
        assertTrue(gaps.stream().allMatch(g -> g.endsWith("FL 22") || g.endsWith("SC 9") || g.endsWith("SC 19")), gaps.toString());
        assertEquals(new BigDecimal("308.00"), store.tableForYear("gov.aca.benchmark.slcsp_age_0", 2025).row("TX", "10")
                .orElseThrow().number("monthly_premium_age_0"));
        assertEquals(new BigDecimal("393.00"), store.tableForYear("gov.aca.benchmark.lcbp_age_0", 2026).row("FL", "43")
                .orElseThrow().number("monthly_premium_age_0"));
    }

    @Test
    void losAngelesZipCodesFallInAreas15And16() {
        Table zips = store.table("gov.aca.benchmark.los_angeles_zip3_rating_area", LocalDate.of(2026, 1, 1));
        assertEquals(22, zips.size());
        assertEquals("16", zips.row("900").orElseThrow().text("rating_area"));
        assertEquals("15", zips.row("911").orElseThrow().text("rating_area"));
    }
}
