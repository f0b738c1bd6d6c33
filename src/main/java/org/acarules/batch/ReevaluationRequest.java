package org.acarules.batch;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/**
 * POST /api/v1/reevaluations: evaluate stored applicants (all, or those matching the filter) against
 * {@code ruleset_version} and compare with {@code compare_to} (default: the active version).
 * {@code dry_run} defaults to true unless the version is the active one; chunk_size is the id range per chunk.
 */
public record ReevaluationRequest(@NotBlank String rulesetVersion, String compareTo, Boolean dryRun, @Valid Filter filter,
        @Min(1) @Max(100_000) Integer chunkSize) {

    public record Filter(String state, Integer year) {
    }
}
