package org.acarules.definitions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code ruleset.yaml}: the years and jurisdictions this ruleset models; anything else is refused, not defaulted.
 * {@code defaultYear} ({@code years.default}) is the latest year whose eligibility figures are all held: the year the
 * start-up warm-up evaluates and what a projection without a year uses. The last year may be open with figures still
 * unpublished (answered 422 naming them), so it is not a safe default.
 */
public record RulesetDefinition(int firstYear, int lastYear, int defaultYear, Set<String> states) {
    private static final String FILE = "ruleset.yaml";

    static RulesetDefinition load(Path definitionsDir) {
        Path file = definitionsDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new DefinitionException("benefit-definitions/" + FILE, "", "not found in " + definitionsDir);
        }
        JsonNode doc;
        try {
            doc = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (IOException e) {
            throw new DefinitionException("benefit-definitions/" + FILE, "", "not valid YAML: " + e.getMessage());
        }
        JsonNode years = doc.path("years");
        if (!years.path("first").isInt() || !years.path("last").isInt()
                || years.get("first").asInt() > years.get("last").asInt()) {
            throw new DefinitionException("benefit-definitions/" + FILE, "years", "expected {first: YYYY, last: YYYY} with first <= last");
        }
        int defaultYear = years.path("default").isMissingNode() ? years.get("last").asInt() : years.path("default").asInt(-1);
        if (!years.path("default").isMissingNode() && (!years.path("default").isInt()
                || defaultYear < years.get("first").asInt() || defaultYear > years.get("last").asInt())) {
            throw new DefinitionException("benefit-definitions/" + FILE, "years.default", "expected a year from first to last");
        }
        List<String> states = new ArrayList<>();
        doc.path("states").forEach(s -> states.add(s.asText()));
        if (states.isEmpty() || !states.stream().allMatch(s -> s.matches("[A-Z]{2}"))) {
            throw new DefinitionException("benefit-definitions/" + FILE, "states", "expected a list of two-letter state codes");
        }
        return new RulesetDefinition(years.get("first").asInt(), years.get("last").asInt(), defaultYear, Set.copyOf(new TreeSet<>(states)));
    }

    public boolean coversYear(int year) {
        return year >= firstYear && year <= lastYear;
    }
}
