package org.acarules.engine;

import java.nio.file.Path;

/** A ruleset's version: the content hash of its rules and benefit definitions (see {@link RulesetContent#version()}). */
public final class RulesetVersion {
    private RulesetVersion() {
    }

    public static String of(Path rulesDir, Path definitionsDir) {
        return RulesetContent.fromFolders(rulesDir, definitionsDir).version();
    }
}
