package org.acarules.definitions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The essential health benefit categories read from {@code benefit-definitions/ehb/*.yaml}, one file a category,
 * and the services that map to each. Loaded once at start-up; a file missing a field stops start-up naming it.
 */
public final class EhbCatalogue {
    public static final String FOLDER = "ehb";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Map<String, EhbCategory> categories;
    private final Map<String, EhbCategory> byService;

    private EhbCatalogue(Map<String, EhbCategory> categories, Map<String, EhbCategory> byService) {
        this.categories = Map.copyOf(categories);
        this.byService = Map.copyOf(byService);
    }

    public static EhbCatalogue load(Path definitionsDir) {
        Path dir = definitionsDir.resolve(FOLDER);
        if (!Files.isDirectory(dir)) {
            throw new DefinitionException(FOLDER, "", "essential health benefit folder not found in " + definitionsDir);
        }
        Map<String, EhbCategory> categories = new LinkedHashMap<>();
        Map<String, EhbCategory> byService = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                EhbCategory category = parse(file, FOLDER + "/" + file.getFileName());
                String name = FOLDER + "/" + file.getFileName();
                if (categories.putIfAbsent(category.id(), category) != null) {
                    throw new DefinitionException(name, "id", "category id " + category.id() + " is defined twice");
                }
                for (String service : category.services()) {
                    if (categories.containsKey(service) || byService.putIfAbsent(service, category) != null) {
                        throw new DefinitionException(name, "services", "service " + service + " is listed twice");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (categories.isEmpty()) {
            throw new DefinitionException(FOLDER, "", "no category files");
        }
        return new EhbCatalogue(categories, byService);
    }

    static EhbCategory parse(Path file, String name) {
        JsonNode doc;
        try {
            doc = YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new DefinitionException(name, "", "not valid YAML: " + e.getMessage());
        }
        if (doc == null || !doc.isObject()) {
            throw new DefinitionException(name, "", "expected a mapping with id, name, definition, citation, services");
        }
        String id = text(doc, "id", name);
        if (!id.matches("[a-z][a-z0-9_]*")) {
            throw new DefinitionException(name, "id", "expected a snake_case id, found " + id);
        }
        JsonNode services = doc.path("services");
        if (!services.isArray() || services.isEmpty()) {
            throw new DefinitionException(name, "services", "at least one service is required");
        }
        List<String> list = new ArrayList<>();
        for (JsonNode service : services) {
            if (!service.isTextual() || !service.asText().matches("[a-z][a-z0-9_]*")) {
                throw new DefinitionException(name, "services", "expected snake_case service names, found " + service);
            }
            list.add(service.asText());
        }
        return new EhbCategory(id, text(doc, "name", name), text(doc, "definition", name), text(doc, "citation", name),
                doc.path("reference").asText(null), List.copyOf(list));
    }

    private static String text(JsonNode doc, String field, String file) {
        JsonNode value = doc.path(field);
        if (!value.isValueNode() || value.asText().isBlank()) {
            throw new DefinitionException(file, field, "required");
        }
        return value.asText();
    }

    public Collection<EhbCategory> categories() {
        return categories.values();
    }

    /** The category a benefit names, by category id or by one of its services. */
    public Optional<EhbCategory> resolve(String benefit) {
        if (benefit == null) {
            return Optional.empty();
        }
        EhbCategory category = categories.get(benefit);
        return category != null ? Optional.of(category) : Optional.ofNullable(byService.get(benefit));
    }
}
