package org.acarules.engine;

import java.util.List;

/** Where a rule is written (its file under rules/) and which parameters it reads, for one-step navigation. */
public record RuleSource(String file, List<String> parameters) {
}
