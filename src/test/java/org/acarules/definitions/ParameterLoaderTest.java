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

    @Test
    void povertyGuidelineAddsEachPersonAboveTheTable() {
        PovertyGuideline g = new PovertyGuideline(java.util.List.of(new BigDecimal("11880"), new BigDecimal("16020"),
                new BigDecimal("20160"), new BigDecimal("24300"), new BigDecimal("28440"), new BigDecimal("32580"),
                new BigDecimal("36730"), new BigDecimal("40890")), new BigDecimal("4160"));
        assertEquals(new BigDecimal("16020"), g.forSize(2)); // 2016 is not linear: 16,020, not 11,880 + 4,160
        assertEquals(new BigDecimal("45050"), g.forSize(9));
    }
}
