package org.acarules.workbench;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.acarules.engine.RulesetContent;
import org.acarules.rulesets.RulesetService;

/**
 * The files of the versions the pages show, kept for the few latest: a version's content never changes (its id is
 * the hash of its files), and reading it from the database unzips the whole ruleset, which the catalogue and the
 * editor would otherwise do at every page.
 */
@ApplicationScoped
public class VersionContents {
    private static final int KEPT = 4;

    @Inject
    RulesetService rulesets;

    private final Map<String, RulesetContent> recent = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RulesetContent> eldest) {
            return size() > KEPT;
        }
    };

    /** A stored version's content ("active": the active version's). */
    public RulesetContent of(String requested) {
        String version = Versions.orActive(requested, rulesets);
        synchronized (recent) {
            RulesetContent kept = recent.get(version);
            if (kept != null) {
                return kept;
            }
        }
        RulesetContent content = rulesets.content(version);
        synchronized (recent) {
            recent.put(version, content);
        }
        return content;
    }
}
