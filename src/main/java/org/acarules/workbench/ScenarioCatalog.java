package org.acarules.workbench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.acarules.scenarios.ScenarioCase;
import org.acarules.scenarios.ScenarioFiles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The analysts' scenarios as the pages list them: every case of the configured scenario folder (the one the scenario
 * runs and the activation gate read) and of the version's own scenario files, with its file relative to that folder and its request as JSON.
 */
@ApplicationScoped
public class ScenarioCatalog {
    /** A case, the file it is written in (relative to the scenario folder) and its request as indented JSON. */
    public record Scenario(ScenarioCase scenario, String file, String requestJson, String expectJson) {
        public boolean eligibility() {
            return "/api/v1/eligibility".equals(scenario.path()) && scenario.request() != null;
        }
    }

    @ConfigProperty(name = "aca.scenarios.dir", defaultValue = "tests")
    Path scenariosDir;

    @Inject
    ObjectMapper json;

    /**
     * The folder's cases with a version's own scenario files ({@code tests/...} by path, as a draft holds them), as
     * its scenario runs read them. Read again at each call: the folder is small (tens of files) and an analyst may
     * have just changed it.
     */
    public List<Scenario> all(Map<String, String> versionFiles) {
        return ScenarioFiles.load(scenariosDir, versionFiles).stream().map(this::view).toList();
    }

    public Optional<Scenario> find(String id, Map<String, String> versionFiles) {
        return all(versionFiles).stream().filter(s -> s.scenario().id().equals(id)).findFirst();
    }

    boolean matches(String q, Scenario s) {
        ScenarioCase c = s.scenario();
        return Search.matches(q, c.id(), c.name(), c.source(), s.file(), c.method() + " " + c.path(), s.requestJson());
    }

    private Scenario view(ScenarioCase c) {
        Path file = c.file().startsWith(scenariosDir) ? scenariosDir.relativize(c.file()) : c.file();
        return new Scenario(c, "tests/" + file, pretty(c.request()), pretty(c.expect()));
    }

    private String pretty(Object value) {
        if (value == null) {
            return "";
        }
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }
}
