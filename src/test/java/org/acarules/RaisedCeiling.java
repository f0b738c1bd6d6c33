package org.acarules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The tests' standard rule change: the 2026 premium tax credit income ceiling raised from 400% to a higher figure,
 * with the 2026 applicable percentage table carried on from 400% to that figure at its top rate, 9.96% (the last
 * band of Rev. Proc. 2025-25). The ceiling alone would leave every household above 400% without an applicable
 * percentage, which the service answers with 422 (not modelled), as it should; a change analysts make on purpose
 * raises both.
 */
public final class RaisedCeiling {
    public static final String CEILING = "benefit-definitions/parameters/gov/aca/ptc/income_ceiling.yaml";
    public static final String TABLE = "benefit-definitions/parameters/gov/aca/ptc/applicable_percentage.yaml";
    private static final String CEILING_2026 = "'2026-01-01':\n    value: 4.0";
    private static final String LAST_BAND_2026 = "      to: 4.0\n      initial: 0.0996\n      final: 0.0996\n    reference: Rev. Proc. 2025-25";

    private RaisedCeiling() {
    }

    /** The draft's files (path under the repository -> content), read from the repository's own files. */
    public static Map<String, String> files(String ceiling) {
        return Map.of(CEILING, ceilingYaml(ceiling), TABLE, tableYaml(ceiling));
    }

    /** Writes both files into a copy of benefit-definitions/ at {@code definitions}. */
    public static void writeInto(Path definitions, String ceiling) throws IOException {
        Files.writeString(definitions.resolve(CEILING.substring("benefit-definitions/".length())), ceilingYaml(ceiling));
        Files.writeString(definitions.resolve(TABLE.substring("benefit-definitions/".length())), tableYaml(ceiling));
    }

    public static String ceilingYaml(String ceiling) {
        return replaced(CEILING, CEILING_2026, "'2026-01-01':\n    value: " + ceiling);
    }

    public static String tableYaml(String ceiling) {
        return replaced(TABLE, LAST_BAND_2026, "      to: 4.0\n      initial: 0.0996\n      final: 0.0996\n"
                + "    - from: 4.0\n      to: " + ceiling + "\n      initial: 0.0996\n      final: 0.0996\n    reference: Rev. Proc. 2025-25");
    }

    private static String replaced(String file, String from, String to) {
        try {
            String yaml = Files.readString(Path.of(file));
            if (!yaml.contains(from)) {
                throw new IllegalStateException(file + " no longer holds the 2026 entry this test changes: update RaisedCeiling");
            }
            return yaml.replace(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
