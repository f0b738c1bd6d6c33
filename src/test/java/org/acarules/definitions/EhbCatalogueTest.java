package org.acarules.definitions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EhbCatalogueTest {
    @TempDir
    Path dir;

    @Test
    void theShippedCatalogueHasTheTenStatutoryCategories() {
        EhbCatalogue catalogue = EhbCatalogue.load(Path.of("benefit-definitions"));
        assertEquals(10, catalogue.categories().size());
        assertTrue(catalogue.categories().stream().allMatch(c -> c.citation().startsWith("42 USC 18022(b)(1)(")));
        assertEquals("hospitalization", catalogue.resolve("inpatient_surgery").orElseThrow().id());
        assertEquals("hospitalization", catalogue.resolve("hospitalization").orElseThrow().id());
        assertTrue(catalogue.resolve("acupuncture").isEmpty());
    }

    @Test
    void refusesAFileWithoutADefinitionNamingIt() throws IOException {
        Files.createDirectories(dir.resolve("ehb"));
        Files.writeString(dir.resolve("ehb/labs.yaml"), "id: labs\nname: Labs\ncitation: x\nservices: [lab_tests]\n");
        DefinitionException e = assertThrows(DefinitionException.class, () -> EhbCatalogue.load(dir));
        assertEquals("ehb/labs.yaml", e.file());
        assertEquals("definition", e.key());
    }

    @Test
    void refusesAServiceListedInTwoCategories() throws IOException {
        Files.createDirectories(dir.resolve("ehb"));
        Files.writeString(dir.resolve("ehb/a.yaml"), "id: a\nname: A\ndefinition: d\ncitation: c\nservices: [x_rays]\n");
        Files.writeString(dir.resolve("ehb/b.yaml"), "id: b\nname: B\ndefinition: d\ncitation: c\nservices: [x_rays]\n");
        DefinitionException e = assertThrows(DefinitionException.class, () -> EhbCatalogue.load(dir));
        assertEquals("services", e.key());
    }

    @Test
    void refusesAFileWithoutServices() throws IOException {
        Files.createDirectories(dir.resolve("ehb"));
        Files.writeString(dir.resolve("ehb/a.yaml"), "id: a\nname: A\ndefinition: d\ncitation: c\n");
        assertEquals("services", assertThrows(DefinitionException.class, () -> EhbCatalogue.load(dir)).key());
    }
}
