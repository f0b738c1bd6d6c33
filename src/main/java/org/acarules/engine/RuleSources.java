package org.acarules.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.definition.rule.Rule;

/**
 * For each rule, the file it was compiled from and the parameter ids its text names ("gov.aca.ptc...."), found by
 * reading the rule's own block of DRL (or, for a decision table, its row), so a reader goes from a reason to its
 * rule and from the rule to its parameter files in one step.
 */
final class RuleSources {
    private static final Pattern PARAMETER = Pattern.compile("\"(gov\\.[a-z0-9_.]+)\"|\\b(gov\\.[a-z0-9_]+(?:\\.[a-z0-9_]+)+)");
    private static final String RESOURCES = "src/main/resources/";

    private RuleSources() {
    }

    static Map<String, RuleSource> of(Map<Rule, RuleInfo> catalogue, Path rulesDir) {
        Map<String, String> texts = new HashMap<>();
        Map<String, RuleSource> sources = new HashMap<>();
        for (Map.Entry<Rule, RuleInfo> entry : catalogue.entrySet()) {
            String file = file(entry.getKey());
            String text = file == null ? "" : texts.computeIfAbsent(file, f -> read(rulesDir, f));
            sources.put(entry.getValue().id(), new RuleSource(file == null ? null : "rules/" + file.replaceAll("\\.drl\\.csv$", ".csv"),
                    parameters(block(text, entry.getValue(), file != null && file.endsWith(".csv")))));
        }
        return Map.copyOf(sources);
    }

    private static String file(Rule rule) {
        if (rule instanceof RuleImpl impl && impl.getResource() != null && impl.getResource().getSourcePath() != null) {
            String path = impl.getResource().getSourcePath();
            return path.startsWith(RESOURCES) ? path.substring(RESOURCES.length()) : path;
        }
        return null;
    }

    private static String read(Path rulesDir, String file) {
        Path path = rulesDir.resolve(file);
        if (!Files.isRegularFile(path) && file.endsWith(".drl.csv")) {
            path = rulesDir.resolve(file.substring(0, file.length() - ".drl.csv".length()) + ".csv");
        }
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** The rule's block: from its name to the next "end" line (DRL), or its row (a decision table). */
    private static String block(String text, RuleInfo rule, boolean decisionTable) {
        int start = text.indexOf(rule.id() + " ");
        if (start < 0) {
            return "";
        }
        int end = text.indexOf(decisionTable ? "\n" : "\nend", start);
        return end < 0 ? text.substring(start) : text.substring(start, end);
    }

    private static List<String> parameters(String block) {
        TreeSet<String> ids = new TreeSet<>();
        Matcher m = PARAMETER.matcher(block);
        while (m.find()) {
            ids.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return List.copyOf(ids);
    }
}
