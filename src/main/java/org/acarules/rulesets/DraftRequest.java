package org.acarules.rulesets;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;

/**
 * A draft as JSON: files by path ("rules/eligibility/medicaid.drl" -> text). With {@code base} ("active" or
 * a version) the files replace or add to that version's and {@code deleted} removes some; without it the
 * files are the whole ruleset.
 */
public record DraftRequest(String base, @NotNull Map<String, String> files, List<String> deleted) {
}
