package org.acarules.applicants;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A decision run again on its stored input and version: identical when the answers' JSON is equal; else the
 * JSON paths that differ and the new answer.
 */
public record Replay(long decisionId, String rulesetVersion, boolean identical, List<String> differences, JsonNode replayed) {
}
