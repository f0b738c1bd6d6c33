package org.acarules.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DraftProblemsTest {
    private static final String PARAMETER = """
            description: "A ceiling"
            metadata:
              unit: /1
            values:
              '2014-01-01': 4.0
              '2021-01-01':
                value: null
                reference: ARPA
              '2026-01-01':
                reference: 26 USC 36B(c)(1)(E)
                value: four
            """;

    @Test
    void aDatedEntryWrittenOnItsDateLineIsAtThatLine() {
        assertEquals(5, DraftProblems.lineOf(PARAMETER, "values.2014-01-01"));
    }

    @Test
    void aDatedEntryWithAValueKeyIsAtItsValueLineWhereverItStandsInTheEntry() {
        assertEquals(11, DraftProblems.lineOf(PARAMETER, "values.2026-01-01"));
        assertEquals(7, DraftProblems.lineOf(PARAMETER, "values.2021-01-01"));
    }

    @Test
    void anotherKeyIsAtTheFirstLineHoldingItsLastSegment() {
        assertEquals(3, DraftProblems.lineOf(PARAMETER, "metadata.unit"));
        assertEquals(0, DraftProblems.lineOf(PARAMETER, "metadata.breakdown"));
        assertEquals(0, DraftProblems.lineOf(PARAMETER, null));
    }
}
