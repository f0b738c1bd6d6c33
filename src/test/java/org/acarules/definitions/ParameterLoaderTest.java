package org.acarules.definitions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParameterLoaderTest {
    @TempDir
    Path dir;

    private ParameterStore load(String name, String yaml) throws IOException {
        Path params = Files.createDirectories(dir.resolve("parameters/gov"));
        try (var old = Files.list(params)) {
            for (Path file : old.toList()) {
                Files.delete(file); // one parameter file per case
            }
        }
        Files.writeString(dir.resolve("ruleset.yaml"), "years: {first: 2014, last: 2026}\nstates: [AK, TX]\n");
        Files.writeString(params.resolve(name + ".yaml"), yaml);
        return new ParameterLoader().load(dir);
    }

    @Test
    void readsDatedValuesAndNone() throws IOException {
        ParameterStore store = load("ceiling", """
                description: Ceiling.
                metadata: {unit: /1, reference: [{title: 26 USC 36B(c)(1)(A)}]}
                values:
                  2014-01-01: 4.00
                  2021-01-01: {value: null, reference: ARPA}
                  2026-01-01: 4.00
                """);
        assertEquals(0, new BigDecimal("4.00").compareTo(store.number("gov.ceiling", LocalDate.of(2020, 12, 31))));
        assertNull(store.number("gov.ceiling", LocalDate.of(2025, 6, 1)));
        assertEquals(0, new BigDecimal("4.00").compareTo(store.number("gov.ceiling", LocalDate.of(2026, 1, 1))));
        assertThrows(ParameterNotDefinedException.class, () -> store.number("gov.ceiling", LocalDate.of(2013, 1, 1)));
    }

    @Test
    void aStateTheFileDoesNotListIsAnErrorNotADefault() throws IOException {
        ParameterStore store = load("limit", """
                description: Limit.
                metadata: {unit: /1, breakdown: state, reference: [{title: x}]}
                values:
                  TX: {2014-01-01: null}
                """);
        assertNull(store.number("gov.limit", "TX", LocalDate.of(2020, 1, 1)));
        assertThrows(ParameterNotDefinedException.class, () -> store.number("gov.limit", "AK", LocalDate.of(2020, 1, 1)));
    }

    @Test
    void linearScaleInterpolatesAndRounds() throws IOException {
        ParameterStore store = load("ap", """
                description: Applicable percentage.
                metadata: {unit: /1, type: linear_scale, rounding: 4, reference: [{title: Rev. Proc. 2025-25}]}
                values:
                  2026-01-01:
                    - {from: 0, to: 1.33, initial: 0.0210, final: 0.0210}
                    - {from: 1.33, to: 1.50, initial: 0.0314, final: 0.0419}
                    - {from: 1.50, to: 2.00, initial: 0.0419, final: 0.0660}
                    - {from: 2.00, to: 2.50, initial: 0.0660, final: 0.0844}
                    - {from: 2.50, to: 3.00, initial: 0.0844, final: 0.0996}
                    - {from: 3.00, to: 4.00, initial: 0.0996, final: 0.0996}
                """);
        LocalDate d = LocalDate.of(2026, 1, 1);
        // 201%: 0.0660 + (0.01 / 0.50) x 0.0184 = 0.066368 -> 0.0664 (issue 2's worked example)
        assertEquals(new BigDecimal("0.0664"), store.scale("gov.ap", d, new BigDecimal("2.01")));
        assertEquals(new BigDecimal("0.0314"), store.scale("gov.ap", d, new BigDecimal("1.33")));
        assertEquals(new BigDecimal("0.0996"), store.scale("gov.ap", d, new BigDecimal("4.00"))); // the top bracket holds 400%
        // above the last band the table has no value: "not modelled", never a quiet null a rule would skip over
        ParameterNotDefinedException above = assertThrows(ParameterNotDefinedException.class,
                () -> store.scale("gov.ap", d, new BigDecimal("4.01")));
        assertEquals("gov.ap has no value at 4.01 on 2026-01-01", above.getMessage());
    }

    @Test
    void refusesDatesOutOfOrderNamingFileAndKey() {
        DefinitionException e = assertThrows(DefinitionException.class, () -> load("bad", """
                description: Bad.
                metadata: {unit: /1, reference: [{title: x}]}
                values:
                  2020-01-01: 1
                  2019-01-01: 2
                """));
        assertTrue(e.getMessage().contains("parameters/gov/bad.yaml"), e.getMessage());
        assertEquals("values.2019-01-01", e.key());
    }

    @Test
    void refusesAFileWithoutReferenceOrUnit() {
        assertThrows(DefinitionException.class, () -> load("noref", """
                description: No reference.
                metadata: {unit: /1}
                values: {2020-01-01: 1}
                """));
        DefinitionException e = assertThrows(DefinitionException.class, () -> load("nounit", """
                description: No unit.
                metadata: {reference: [{title: x}]}
                values: {2020-01-01: 1}
                """));
        assertEquals("metadata.unit", e.key());
    }

    @Test
    void refusesAValueOfTheWrongType() {
        DefinitionException e = assertThrows(DefinitionException.class, () -> load("flag", """
                description: Flag.
                metadata: {unit: bool, type: bool, reference: [{title: x}]}
                values: {2020-01-01: 3}
                """));
        assertTrue(e.getMessage().contains("true or false"), e.getMessage());
    }

    /** A table parameter "gov.fig" whose YAML names CSV files written beside it. */
    private ParameterStore loadTable(String yaml, java.util.Map<String, String> csvs) throws IOException {
        Path params = Files.createDirectories(dir.resolve("parameters/gov"));
        try (var old = Files.list(params)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        Files.writeString(dir.resolve("ruleset.yaml"), "years: {first: 2014, last: 2026}\nstates: [AK, TX]\n");
        Files.writeString(params.resolve("fig.yaml"), yaml);
        for (var csv : csvs.entrySet()) {
            Files.writeString(params.resolve(csv.getKey()), csv.getValue());
        }
        return new ParameterLoader().load(dir);
    }

    private static final String FIGURES = """
            description: Figures by state and area.
            metadata:
              unit: currency-USD
              type: table
              columns: {state: text, rating_area: text, monthly: number}
              key: [state, rating_area]
              reference: [{title: KFF}]
            values:
              2025-01-01: {value: fig_2025.csv, reference: KFF 2025}
              2026-01-01: fig_2026.csv
            """;

    @Test
    void aTableReadsItsCsvFilesByDateWithTheReferenceOfTheirDate() throws IOException {
        ParameterStore store = loadTable(FIGURES, java.util.Map.of(
                "fig_2025.csv", "state,rating_area,monthly\nTX,1,308.00\nTX,2,290.50\n",
                "fig_2026.csv", "state,rating_area,monthly\r\nTX,1,408.00\r\n"));
        Table t2025 = store.table("gov.fig", LocalDate.of(2025, 6, 1));
        assertEquals(new BigDecimal("308.00"), t2025.row("TX", "1").orElseThrow().number("monthly"));
        assertEquals("TX", t2025.row("TX", "2").orElseThrow().text("state"));
        assertTrue(t2025.row("TX", "3").isEmpty());
        assertEquals("benefit-definitions/parameters/gov/fig_2025.csv", t2025.file());
        assertEquals("KFF 2025", t2025.reference());
        Table t2026 = store.tableForYear("gov.fig", 2026);
        assertEquals(new BigDecimal("408.00"), t2026.row("TX", "1").orElseThrow().number("monthly")); // CRLF read too
        assertNull(t2026.reference());
        assertThrows(ParameterNotDefinedException.class, () -> store.table("gov.fig", LocalDate.of(2024, 12, 31)));
    }

    @Test
    void aYearLabelledTableIsNeverCarriedIntoTheNextYear() throws IOException {
        ParameterStore store = loadTable(FIGURES, java.util.Map.of(
                "fig_2025.csv", "state,rating_area,monthly\nTX,1,308.00\n",
                "fig_2026.csv", "state,rating_area,monthly\nTX,1,408.00\n"));
        // in force on 2027-01-01 is 2026's file, but a plan year's figures are not another year's
        assertEquals(new BigDecimal("408.00"), store.table("gov.fig", LocalDate.of(2027, 1, 1)).row("TX", "1").orElseThrow().number("monthly"));
        ParameterNotDefinedException e = assertThrows(ParameterNotDefinedException.class, () -> store.tableForYear("gov.fig", 2027));
        assertEquals("gov.fig has no figures for 2027 (it holds 2025, 2026)", e.getMessage());
    }

    @Test
    void aBadCellStopsTheLoadNamingFileLineAndColumn() {
        DefinitionException e = assertThrows(DefinitionException.class, () -> loadTable(FIGURES, java.util.Map.of(
                "fig_2025.csv", "state,rating_area,monthly\nTX,1,308.00\nTX,2,about 300\n",
                "fig_2026.csv", "state,rating_area,monthly\nTX,1,408.00\n")));
        assertEquals("benefit-definitions/parameters/gov/fig_2025.csv", e.file());
        assertEquals("line 3, monthly", e.key());
        assertEquals("expected a number, found 'about 300'", e.problem());
    }

    @Test
    void refusesARepeatedKeyAWrongHeaderAndAMissingFile() {
        DefinitionException repeated = assertThrows(DefinitionException.class, () -> loadTable(FIGURES, java.util.Map.of(
                "fig_2025.csv", "state,rating_area,monthly\nTX,1,308.00\nTX,1,309.00\n",
                "fig_2026.csv", "state,rating_area,monthly\nTX,1,408.00\n")));
        assertEquals("repeats the key TX,1 of line 2", repeated.problem());
        DefinitionException header = assertThrows(DefinitionException.class, () -> loadTable(FIGURES, java.util.Map.of(
                "fig_2025.csv", "state,area,monthly\nTX,1,308.00\n",
                "fig_2026.csv", "state,rating_area,monthly\nTX,1,408.00\n")));
        assertEquals("the header must be state,rating_area,monthly", header.problem());
        DefinitionException missing = assertThrows(DefinitionException.class, () -> loadTable(FIGURES, java.util.Map.of(
                "fig_2025.csv", "state,rating_area,monthly\nTX,1,308.00\n")));
        assertEquals("values.2026-01-01", missing.key());
        assertEquals("no file benefit-definitions/parameters/gov/fig_2026.csv", missing.problem());
    }

    @Test
    void aCsvNoTableNamesIsAnErrorNotSilentlyIgnored() {
        DefinitionException e = assertThrows(DefinitionException.class, () -> loadTable(FIGURES, java.util.Map.of(
                "fig_2025.csv", "state,rating_area,monthly\nTX,1,308.00\n",
                "fig_2026.csv", "state,rating_area,monthly\nTX,1,408.00\n",
                "fig_2027.csv", "state,rating_area,monthly\nTX,1,508.00\n")));
        assertEquals("benefit-definitions/parameters/gov/fig_2027.csv", e.file());
    }

    @Test
    void aTableCannotBeOverriddenByARequest() throws IOException {
        ParameterStore store = loadTable(FIGURES, java.util.Map.of(
                "fig_2025.csv", "state,rating_area,monthly\nTX,1,308.00\n",
                "fig_2026.csv", "state,rating_area,monthly\nTX,1,408.00\n"));
        DefinitionException e = assertThrows(DefinitionException.class, () -> store.withOverrides(java.util.Map.of("gov.fig",
                new com.fasterxml.jackson.databind.ObjectMapper().readTree("\"other.csv\""))));
        assertEquals("gov.fig", e.key());
    }

    @Test
    void povertyGuidelineAddsEachPersonAboveTheTable() {
        PovertyGuideline g = new PovertyGuideline(java.util.List.of(new BigDecimal("11880"), new BigDecimal("16020"),
                new BigDecimal("20160"), new BigDecimal("24300"), new BigDecimal("28440"), new BigDecimal("32580"),
                new BigDecimal("36730"), new BigDecimal("40890")), new BigDecimal("4160"));
        assertEquals(new BigDecimal("16020"), g.forSize(2)); // 2016 is not linear: 16,020, not 11,880 + 4,160
        assertEquals(new BigDecimal("45050"), g.forSize(9));
    }

    @Test
    void anAnnualValueIsNeverCarriedIntoAYearItDoesNotHold() throws IOException {
        ParameterStore store = load("percentage", """
                description: Required contribution percentage.
                metadata: {unit: /1, valid_for: year, reference: [{title: 26 USC 36B(c)(2)(C)}]}
                values:
                  2021-01-01: {value: 0.0983, through: 2022, reference: Rev. Proc. 2020-36 (as if fixed for two years)}
                  2024-01-01: 0.0839
                  2026-01-01: 0.0996
                """);
        assertEquals(0, new BigDecimal("0.0983").compareTo(store.number("gov.percentage", LocalDate.of(2022, 12, 31))));
        assertEquals(0, new BigDecimal("0.0996").compareTo(store.number("gov.percentage", LocalDate.of(2026, 7, 1))));
        ParameterNotDefinedException gap = assertThrows(ParameterNotDefinedException.class,
                () -> store.number("gov.percentage", LocalDate.of(2023, 1, 1)));
        assertTrue(gap.getMessage().startsWith("gov.percentage has no value for 2023"), gap.getMessage());
        assertTrue(gap.getMessage().contains("(it holds 2021-2022, 2024, 2026;"), gap.getMessage());
        ParameterNotDefinedException next = assertThrows(ParameterNotDefinedException.class,
                () -> store.number("gov.percentage", LocalDate.of(2027, 1, 1)));
        assertTrue(next.getMessage().startsWith("gov.percentage has no value for 2027"), next.getMessage());
    }

    @Test
    void aStandingValueStaysInForceUntilTheNextDate() throws IOException {
        ParameterStore store = load("age", """
                description: Age.
                metadata: {unit: year, reference: [{title: 42 USC 300gg-14}]}
                values:
                  2010-09-23: 26
                """);
        assertEquals(26, store.integer("gov.age", LocalDate.of(2027, 6, 1)));
    }

    @Test
    void refusesAnAnnualValueNotDatedJanuaryFirstOrOverlappingTheNext() {
        DefinitionException notJanuary = assertThrows(DefinitionException.class, () -> load("a", """
                description: A.
                metadata: {unit: /1, valid_for: year, reference: [{title: t}]}
                values:
                  2021-03-01: 0.1
                """));
        assertTrue(notJanuary.getMessage().contains("January 1"), notJanuary.getMessage());
        DefinitionException overlap = assertThrows(DefinitionException.class, () -> load("a", """
                description: A.
                metadata: {unit: /1, valid_for: year, reference: [{title: t}]}
                values:
                  2021-01-01: {value: 0.1, through: 2025}
                  2024-01-01: 0.2
                """));
        assertTrue(overlap.getMessage().contains("through 2025"), overlap.getMessage());
        DefinitionException throughStanding = assertThrows(DefinitionException.class, () -> load("a", """
                description: A.
                metadata: {unit: /1, reference: [{title: t}]}
                values:
                  2021-01-01: {value: 0.1, through: 2025}
                """));
        assertTrue(throughStanding.getMessage().contains("through"), throughStanding.getMessage());
        assertThrows(DefinitionException.class, () -> load("a", """
                description: A.
                metadata: {unit: /1, valid_for: month, reference: [{title: t}]}
                values:
                  2021-01-01: 0.1
                """));
    }

    /** Every annual parameter of the real definitions refuses a year after its last, and the 2027 gaps are named. */
    @Test
    void theDefinitionsAnnualFiguresAnswerOnlyForYearsTheyHold() {
        ParameterStore store = new ParameterLoader().load(Path.of("benefit-definitions"));
        var annual = store.all().stream().filter(p -> !p.byState() && p.values().annual()).toList();
        assertTrue(annual.size() >= 29, "annual parameters: " + annual.size());
        for (Parameter p : annual) {
            LocalDate afterLast = LocalDate.of(p.values().asMap().lastKey().getYear() + 1, 6, 1);
            assertThrows(ParameterNotDefinedException.class, () -> p.at(afterLast), p.id());
        }
        // 2027: Rev. Proc. 2026-26, 10.22% for the required contribution and the 300-400% band; at 197% of the poverty
        // line 0.0430 + 0.94 x (0.0678 - 0.0430) = 0.066312 -> 0.0663
        assertEquals(0, new BigDecimal("0.0663").compareTo(
                store.scale("gov.aca.ptc.applicable_percentage", LocalDate.of(2027, 1, 1), new BigDecimal("1.97"))));
        assertEquals(0, new BigDecimal("0.1022").compareTo(store.number(
                "gov.aca.ptc.employer_affordability.required_contribution_percentage", LocalDate.of(2027, 1, 1))));
        assertThrows(ParameterNotDefinedException.class,
                () -> store.text("gov.aca.enrollment.open_enrollment.start", LocalDate.of(2027, 1, 1)));
        assertThrows(ParameterNotDefinedException.class, () -> store.povertyGuideline("gov.hhs.fpg.contiguous", 2027, 1));
        assertEquals(0, new BigDecimal("12000").compareTo(store.number("gov.aca.plans.max_oop.self_only", LocalDate.of(2027, 1, 1))));
        // The ARPA/IRA table is held for 2021 through 2025 by one entry
        assertEquals(0, new BigDecimal("0.085").compareTo(store.scale("gov.aca.ptc.applicable_percentage",
                LocalDate.of(2025, 1, 1), new BigDecimal("4.5"))));
        // Medicaid: before HHS publishes 2027's guidelines, 2026's are in effect
        assertEquals(2026, store.guidelineYearInEffect("gov.hhs.fpg.contiguous", 2027));
        assertEquals(2025, store.guidelineYearInEffect("gov.hhs.fpg.contiguous", 2025));
    }

    @Test
    void theDefaultYearIsOneOfTheYearsAnsweredAndTheLastWhenNotGiven() throws IOException {
        ParameterStore store = load("age", """
                description: Age.
                metadata: {unit: year, reference: [{title: 42 USC 300gg-14}]}
                values:
                  2010-09-23: 26
                """);
        assertEquals(2026, store.ruleset().defaultYear()); // no years.default: the last year
        Files.writeString(dir.resolve("ruleset.yaml"), "years: {first: 2014, last: 2027, default: 2026}\nstates: [TX]\n");
        assertEquals(2026, new ParameterLoader().load(dir).ruleset().defaultYear());
        Files.writeString(dir.resolve("ruleset.yaml"), "years: {first: 2014, last: 2027, default: 2028}\nstates: [TX]\n");
        DefinitionException e = assertThrows(DefinitionException.class, () -> new ParameterLoader().load(dir));
        assertTrue(e.getMessage().contains("years.default"), e.getMessage());
    }
}
