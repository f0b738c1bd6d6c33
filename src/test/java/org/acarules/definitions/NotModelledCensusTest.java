package org.acarules.definitions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The census counts what its Javadoc says, on files written here with known holes. */
class NotModelledCensusTest {
    @TempDir
    Path definitions;

    @Test
    void countsNotModelledNullsAndListsTheYearsAnAnnualParameterDoesNotHold() throws Exception {
        Files.writeString(definitions.resolve("ruleset.yaml"), "years: {first: 2014, last: 2020}\n");
        Path parameters = Files.createDirectories(definitions.resolve("parameters/gov/x"));
        // 2016-2018 not modelled (through 2018), 2019 held, 2020 missing
        Files.writeString(parameters.resolve("annual.yaml"), """
                metadata: {valid_for: year}
                values:
                  '2014-01-01': {value: 1}
                  '2015-01-01': {value: 2}
                  '2016-01-01': {value: null, through: 2018, note: 'Not modelled: not confirmed'}
                  '2019-01-01': {value: 3}
                """);
        // by state: AA has a moot null (the law's) and a not-modelled year starting mid-2017 (2017-2020 count)
        Files.writeString(parameters.resolve("bystate.yaml"), """
                metadata: {breakdown: state}
                values:
                  AA:
                    '2014-01-01': {value: null, note: 'no such programme'}
                    '2017-07-01': {value: null, note: 'not sourced: not modelled'}
                  BB:
                    '2014-01-01': {value: 1}
                """);
        List<NotModelledCensus.Count> counts = NotModelledCensus.census(definitions, null);
        assertEquals(2, counts.size());
        NotModelledCensus.Count annual = counts.get(0);
        assertEquals("gov.x.annual", annual.id());
        assertEquals(Map.of("", new TreeSet<>(List.of(2016, 2017, 2018))), annual.yearsByState());
        assertEquals(new TreeSet<>(List.of(2020)), annual.notHeld());
        NotModelledCensus.Count byState = counts.get(1);
        assertEquals(Map.of("AA", new TreeSet<>(List.of(2017, 2018, 2019, 2020))), byState.yearsByState());
        assertEquals(4, byState.cells());
        // the same files over other years
        assertEquals(new TreeSet<>(List.of(2017, 2018)),
                NotModelledCensus.census(definitions, new int[] {2017, 2018}).get(0).years());
    }
}
