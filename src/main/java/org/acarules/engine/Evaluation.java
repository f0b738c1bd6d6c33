package org.acarules.engine;

import java.util.List;
import java.util.stream.Stream;

/** What one evaluation produced: every fact in working memory at the end, and the rules that fired in order. */
public record Evaluation(String rulesetVersion, List<Object> facts, List<FiredRule> fired) {

    public <T> Stream<T> factsOf(Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast);
    }
}
