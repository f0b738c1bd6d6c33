package org.acarules.workbench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.acarules.eligibility.EligibilityResponse;
import org.acarules.engine.RulesetContent;
import org.acarules.requests.FieldError;
import org.acarules.scenarios.ScenarioFiles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A household tried in the page, written as a scenario case into a new draft: the draft is the chosen version plus
 * one new file {@code tests/workbench/<id>.yaml} holding the request and, as the expected values, each person's
 * outcome as that version answers it now. The analyst names the sentence and the source (the house rule: a
 * scenario's figures come from a source it names); the page says the values must be checked against that source.
 */
@ApplicationScoped
public class ScenarioDrafts {
    static final String FOLDER = "tests/workbench/";
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    /** What the analyst gives for the new case. */
    public record Form(String id, String sentence, String source) {
        static Form empty() {
            return new Form("", "", "");
        }
    }

    @ConfigProperty(name = "aca.scenarios.dir", defaultValue = "tests")
    Path scenariosDir;

    @Inject
    ObjectMapper json;

    /** The problems of the form (id, sentence, source), each naming its field; none when it can be drafted. */
    List<FieldError> problems(Form form, RulesetContent base) {
        List<FieldError> problems = new ArrayList<>();
        if (form.id() == null || !ID.matcher(form.id()).matches()) {
            problems.add(new FieldError("id", "give the case an id of letters, digits, '-', '_' or '.' (up to 64), e.g. TRY-001"));
        } else if (ScenarioFiles.load(scenariosDir, base.scenarioFiles()).stream().anyMatch(c -> c.id().equals(form.id()))) {
            problems.add(new FieldError("id", "a scenario " + form.id() + " exists already: choose another id"));
        }
        if (form.sentence() == null || form.sentence().isBlank()) {
            problems.add(new FieldError("sentence", "say in one sentence what the case shows"));
        }
        if (form.source() == null || form.source().isBlank()) {
            problems.add(new FieldError("source", "name the source of the expected values (the law, a notice, a worked example)"));
        }
        return problems;
    }

    String path(Form form) {
        return FOLDER + form.id().toLowerCase(Locale.ROOT) + ".yaml";
    }

    /** The base version with the new scenario file added. */
    RulesetContent draft(RulesetContent base, Form form, String requestJson, EligibilityResponse answer, String actor) {
        byte[] file = yaml(form, requestJson, answer, actor, base.version()).getBytes(StandardCharsets.UTF_8);
        return base.with(Map.of(path(form), file), Set.of());
    }

    String yaml(Form form, String requestJson, EligibilityResponse answer, String actor, String version) {
        try {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("id", form.id());
            c.put("name", form.sentence().strip());
            c.put("source", form.source().strip());
            c.put("endpoint", "POST /api/v1/eligibility");
            c.put("request", json.readValue(requestJson, Object.class));
            List<Map<String, Object>> people = new ArrayList<>();
            for (JsonNode p : json.valueToTree(answer).path("people")) {
                Map<String, Object> person = new LinkedHashMap<>();
                person.put("id", p.path("id").asText());
                person.put("outcome", p.path("outcome").asText());
                people.add(person);
            }
            c.put("expect", Map.of("people", people));
            return "# Added by " + actor + " from the workbench's \"Try a household\" page. The expected outcomes are what\n"
                    + "# version " + Versions.brief(version) + " answered then: check each against the source before this goes live.\n"
                    + YAML.writeValueAsString(Map.of("cases", List.of(c)));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the request is not JSON", e); // evaluated before: it is
        }
    }

}
