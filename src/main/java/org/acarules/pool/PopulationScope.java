package org.acarules.pool;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.acarules.requests.FieldError;
import org.acarules.requests.InvalidRequestException;
import org.acarules.definitions.RulesetDefinition;
import org.acarules.engine.ActiveRuleset;
import org.acarules.engine.Ruleset;
import org.acarules.rulesets.RulesetService;
import org.acarules.rulesets.RulesetStore;

/**
 * Checks what pool statistics and projections ask for, all problems at once (400 naming each field): the ruleset
 * version (a stored one or "active"), the year and state filters; and refuses a filter that selects no applicant.
 */
@ApplicationScoped
public class PopulationScope {
    @Inject
    ActiveRuleset active;

    @Inject
    RulesetStore versions;

    @Inject
    RulesetService rulesets;

    @Inject
    StoredHouseholds households;

    /** The compiled version; {@code null} or "active" is the active one. */
    public Ruleset ruleset(String version, Integer year, String state, String versionField, String prefix) {
        String v = version == null || version.isBlank() || version.equals("active") ? active.get().version() : version;
        List<FieldError> errors = new ArrayList<>();
        if (versions.version(v).isEmpty() && !v.equals(active.get().version())) {
            errors.add(new FieldError(versionField, "unknown ruleset version '" + v + "'"));
        }
        RulesetDefinition definition = active.get().parameters().ruleset();
        if (state != null && !definition.states().contains(state)) {
            errors.add(new FieldError(prefix + "state", "unknown state '" + state + "'"));
        }
        if (year != null && !definition.coversYear(year)) {
            errors.add(new FieldError(prefix + "year", "outside " + definition.firstYear() + " to " + definition.lastYear()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return rulesets.compiled(v);
    }

    /** The number of stored households the filter selects; 400 when none. */
    public long nonEmpty(Integer year, String state, String field) {
        long n = households.count(year, state);
        if (n == 0) {
            throw new InvalidRequestException(field, "no stored applicants" + (year == null && state == null ? ""
                    : " match" + (year != null ? " year " + year : "") + (state != null ? " state " + state : ""))
                    + ": import a population first (POST /api/v1/applicants)");
        }
        return n;
    }
}
