package org.acarules.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A version's own scenario files join the folder's: a file of the same path replaces the folder's, a new one adds. */
class ScenarioFilesTest {
    private static String file(String... ids) {
        StringBuilder yaml = new StringBuilder("cases:\n");
        for (String id : ids) {
            yaml.append("- id: ").append(id).append("\n  name: n\n  source: s\n  endpoint: POST /api/v1/eligibility\n");
        }
        return yaml.toString();
    }

    @Test
    void aVersionsFileReplacesTheFoldersOfTheSamePathAndANewOneAdds(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("eligibility"));
        Files.writeString(dir.resolve("eligibility/a.yaml"), file("A-1", "A-2"));
        Files.writeString(dir.resolve("eligibility/b.yaml"), file("B-1"));

        var cases = ScenarioFiles.load(dir, Map.of("tests/eligibility/a.yaml", file("A-1"),
                "tests/workbench/new.yaml", file("NEW-1"), "rules/x.drl", "not a scenario"));

        assertEquals(java.util.List.of("A-1", "B-1", "NEW-1"), cases.stream().map(ScenarioCase::id).toList());
        assertEquals(dir.resolve("workbench/new.yaml"), cases.get(2).file());
    }

    @Test
    void anIdUsedTwiceAcrossTheFolderAndTheVersionIsRefused(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.yaml"), file("A-1"));
        assertThrows(IllegalArgumentException.class, () -> ScenarioFiles.load(dir, Map.of("tests/b.yaml", file("A-1"))));
    }

    @Test
    void aFileThatIsNotAMappingOrNotYamlIsToldWithoutTheParsersClassNames() {
        Path file = Path.of("scenarios.yaml");
        for (String text : new String[] {"just a string", "- a\n- list", "cases: [unclosed"}) {
            String message = assertThrows(IllegalArgumentException.class, () -> ScenarioFiles.parse(file, text)).getMessage();
            org.junit.jupiter.api.Assertions.assertTrue(message.startsWith("scenarios.yaml: "), message);
            org.junit.jupiter.api.Assertions.assertFalse(message.matches("(?s).*\\b(java|com|org)\\.[a-z]+\\..*"), message);
        }
    }
}
