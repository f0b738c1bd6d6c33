package org.acarules.scenarios;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

/** One analyst's case from tests/**.yaml. */
public record ScenarioCase(Path file, String id, String name, String source, String method, String path, Object request,
        Object expect, int expectStatus, List<String> expectErrors, BigDecimal tolerance, List<SetupStep> setup) {

    /** A request a scenario file needs made first (e.g. loading the demonstration plan catalogue). */
    public record SetupStep(String method, String path, String contentType, Path bodyFile) {
    }
}
