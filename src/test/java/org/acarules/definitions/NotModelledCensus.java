package org.acarules.definitions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Counts the (provision, year) cells the parameter files leave "not modelled", so that issue 16's "count the cells
 * that still answer 422 before and after" is a command, not a recollection. It reads the YAML files themselves (not the
 * loader), so it also runs on an old checkout of {@code benefit-definitions/}.
 *
 * <p>A cell is a parameter file and a year of the ruleset (and a state, for a parameter broken down by state). It
 * counts when, on some day of that year, the value in force is a {@code null} whose note says "not modelled": a figure
 * the law sets that no primary source here confirmed. A {@code null} the law means (a provision not in force, a state
 * that did not expand Medicaid, a moot year) is not a cell. Listed apart, not counted: the years a parameter set for
 * each year ({@code valid_for: year}) holds no entry for. Those answer 422 only where a rule reads them, and many are
 * moot (the federal payment's figures after 2018, when the rules no longer read them; the poverty guidelines of the
 * year a credit is for, when the credit reads the year before's), which only the rules know. Refusals the rules make
 * themselves (outside the parameter files) are not counted either.
 *
 * <p>Run: {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt)
 * org.acarules.definitions.NotModelledCensus <benefit-definitions folder> [first-last]}; prints one line per
 * parameter (its id, cells, and the years) and the totals, over the ruleset's years or the years given (to compare
 * two checkouts over the same years).
 */
public final class NotModelledCensus {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** The cells of one parameter: by state ("" when not by state), the years that answer 422. */
    record Count(String id, Map<String, TreeSet<Integer>> yearsByState, TreeSet<Integer> notHeld) {
        int cells() {
            return yearsByState.values().stream().mapToInt(TreeSet::size).sum();
        }

        TreeSet<Integer> years() {
            TreeSet<Integer> all = new TreeSet<>();
            yearsByState.values().forEach(all::addAll);
            return all;
        }
    }

    public static void main(String[] args) throws IOException {
        Path definitions = Path.of(args.length > 0 ? args[0] : "benefit-definitions");
        int[] years = args.length > 1 ? java.util.Arrays.stream(args[1].split("-")).mapToInt(Integer::parseInt).toArray() : null;
        List<Count> counts = census(definitions, years);
        int cells = 0;
        int provisionYears = 0;
        int parameters = 0;
        System.out.println("Not modelled (a null whose note says so):");
        for (Count count : counts) {
            if (count.cells() == 0) {
                continue;
            }
            parameters++;
            cells += count.cells();
            provisionYears += count.years().size();
            System.out.printf("  %-73s %5d cells  years %s%s%n", count.id(), count.cells(), ranges(count.years()),
                    count.yearsByState().containsKey("") ? "" : "  (" + count.yearsByState().size() + " states)");
        }
        System.out.printf("%d parameters; %d (parameter, year) pairs; %d (parameter, state, year) cells%n", parameters,
                provisionYears, cells);
        System.out.println("Not held, set for each year (422 where a rule reads them; not counted above):");
        for (Count count : counts) {
            if (!count.notHeld().isEmpty()) {
                System.out.printf("  %-73s years %s%n", count.id(), ranges(count.notHeld()));
            }
        }
    }

    static List<Count> census(Path definitions, int[] span) throws IOException {
        JsonNode ruleset = YAML.readTree(definitions.resolve("ruleset.yaml").toFile());
        int first = span != null ? span[0] : ruleset.path("years").path("first").asInt();
        int last = span != null ? span[1] : ruleset.path("years").path("last").asInt();
        System.out.printf("%s, years %d-%d%n", definitions, first, last);
        List<Count> counts = new ArrayList<>();
        Path parameters = definitions.resolve("parameters");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(parameters)) {
            files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        for (Path file : files) {
            JsonNode root = YAML.readTree(file.toFile());
            if (root == null || !root.has("values")) {
                continue;
            }
            String id = parameters.relativize(file).toString().replace(".yaml", "").replace('/', '.');
            boolean annual = "year".equals(root.path("metadata").path("valid_for").asText());
            boolean byState = "state".equals(root.path("metadata").path("breakdown").asText());
            Map<String, TreeSet<Integer>> yearsByState = new TreeMap<>();
            TreeSet<Integer> notHeld = new TreeSet<>();
            if (byState) {
                root.get("values").fields().forEachRemaining(state -> {
                    TreeSet<Integer> years = notModelledYears(state.getValue(), first, last);
                    if (!years.isEmpty()) {
                        yearsByState.put(state.getKey(), years);
                    }
                    if (annual) {
                        notHeld.addAll(notHeldYears(state.getValue(), first, last));
                    }
                });
            } else {
                TreeSet<Integer> years = notModelledYears(root.get("values"), first, last);
                if (!years.isEmpty()) {
                    yearsByState.put("", years);
                }
                if (annual) {
                    notHeld.addAll(notHeldYears(root.get("values"), first, last));
                }
            }
            if (!yearsByState.isEmpty() || !notHeld.isEmpty()) {
                counts.add(new Count(id, yearsByState, notHeld));
            }
        }
        return counts;
    }

    /** The years in [first, last] on some day of which the value in force is a null noted "not modelled". */
    static TreeSet<Integer> notModelledYears(JsonNode values, int first, int last) {
        TreeMap<String, JsonNode> byDate = byDate(values);
        TreeSet<Integer> years = new TreeSet<>();
        for (int year = first; year <= last; year++) {
            for (Map.Entry<String, JsonNode> entry : inForce(byDate, year)) {
                JsonNode node = entry.getValue();
                JsonNode value = node.isObject() && node.has("value") ? node.get("value") : node;
                if (value.isNull() && node.path("note").asText("").toLowerCase().contains("not modelled")) {
                    years.add(year);
                }
            }
        }
        return years;
    }

    /** The years in [first, last] a parameter set for each year holds no entry for (its own, or one "through" it). */
    static TreeSet<Integer> notHeldYears(JsonNode values, int first, int last) {
        TreeMap<String, JsonNode> byDate = byDate(values);
        TreeSet<Integer> years = new TreeSet<>();
        for (int year = first; year <= last; year++) {
            List<Map.Entry<String, JsonNode>> entries = inForce(byDate, year);
            Map.Entry<String, JsonNode> held = entries.isEmpty() ? null : entries.get(entries.size() - 1);
            int from = held == null ? 0 : Integer.parseInt(held.getKey().substring(0, 4));
            int through = held == null ? 0 : held.getValue().path("through").asInt(from);
            if (held == null || year > through) {
                years.add(year);
            }
        }
        return years;
    }

    private static TreeMap<String, JsonNode> byDate(JsonNode values) {
        TreeMap<String, JsonNode> byDate = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = values.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            byDate.put(e.getKey(), e.getValue());
        }
        return byDate;
    }

    /** The entries in force on some day of the year: the one in force on January 1 and those starting later. */
    private static List<Map.Entry<String, JsonNode>> inForce(TreeMap<String, JsonNode> byDate, int year) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        Map.Entry<String, JsonNode> january = byDate.floorEntry(year + "-01-01");
        if (january != null) {
            entries.add(january);
        }
        entries.addAll(byDate.subMap(year + "-01-01", false, (year + 1) + "-01-01", false).entrySet());
        return entries;
    }

    private static String ranges(TreeSet<Integer> years) {
        StringBuilder out = new StringBuilder();
        Integer start = null;
        Integer previous = null;
        for (int year : years) {
            if (previous != null && year == previous + 1) {
                previous = year;
                continue;
            }
            if (start != null) {
                out.append(out.length() > 0 ? ", " : "").append(start.equals(previous) ? start : start + "-" + previous);
            }
            start = year;
            previous = year;
        }
        if (start != null) {
            out.append(out.length() > 0 ? ", " : "").append(start.equals(previous) ? start : start + "-" + previous);
        }
        return out.toString();
    }
}
