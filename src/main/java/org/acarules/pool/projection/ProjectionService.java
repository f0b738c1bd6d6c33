package org.acarules.pool.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.acarules.requests.FieldError;
import org.acarules.requests.InvalidRequestException;
import org.acarules.eligibility.EligibilityRequest;
import org.acarules.engine.ActiveRuleset;
import org.acarules.engine.Ruleset;
import org.acarules.pool.HouseholdProgress;
import org.acarules.pool.PopulationScope;
import org.acarules.pool.StoredHouseholds;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs projections: checks the request (every problem named), reads the households (stored, or given by the
 * command line), asks the ruleset about each ({@link ProjectionInputs}) and runs the {@link ProjectionModel}.
 * The projection holds the households' answers in memory, which is why the population is limited
 * ({@code aca.pool.projection.max-households}) and so are the years ({@code aca.pool.projection.max-years}).
 */
@ApplicationScoped
public class ProjectionService {
    private static final Logger LOG = Logger.getLogger(ProjectionService.class);
    static final int MAX_SCENARIOS = 8;
    static final int DEFAULT_YEARS = 10;

    @ConfigProperty(name = "aca.pool.projection.max-households", defaultValue = "200000")
    long maxHouseholds;

    @ConfigProperty(name = "aca.pool.projection.max-years", defaultValue = "20")
    int maxYears;

    @Inject
    ActiveRuleset active;

    @Inject
    PopulationScope scope;

    @Inject
    StoredHouseholds stored;

    @Inject
    ProjectionInputs inputs;

    private volatile ModelParameters defaults;

    public ModelParameters defaults() {
        if (defaults == null) {
            defaults = ModelParameters.load(active.definitionsDir());
        }
        return defaults;
    }

    /** The checked settings of a run. */
    public record Settings(int years, long seed, List<Scenario> scenarios, ModelParameters parameters) {
    }

    public Settings settings(ProjectionRequest request) {
        List<FieldError> errors = new ArrayList<>();
        int years = request.years() == null ? DEFAULT_YEARS : request.years();
        if (years < 1 || years > maxYears) {
            errors.add(new FieldError("years", "must be 1 to " + maxYears + " (the projection limit, aca.pool.projection.max-years)"));
        }
        List<Scenario> scenarios = new ArrayList<>();
        if (request.scenarios() == null || request.scenarios().isEmpty()) {
            scenarios.addAll(Scenario.defaults());
        } else if (request.scenarios().size() > MAX_SCENARIOS) {
            errors.add(new FieldError("scenarios", "at most " + MAX_SCENARIOS + " scenarios"));
        } else {
            for (int i = 0; i < request.scenarios().size(); i++) {
                ProjectionRequest.ScenarioInput s = request.scenarios().get(i);
                String at = "scenarios[" + i + "].";
                if (s == null) {
                    errors.add(new FieldError("scenarios[" + i + "]", "must not be null"));
                    continue;
                }
                if (s.name() == null || s.name().isBlank() || s.name().length() > 80) {
                    errors.add(new FieldError(at + "name", "required, up to 80 characters"));
                }
                if (s.subsidy() == null) {
                    errors.add(new FieldError(at + "subsidy", "required: original, enhanced or none"));
                }
                double share = s.employerDropShare() == null ? 0 : s.employerDropShare();
                if (share < 0 || share > 1 || Double.isNaN(share)) {
                    errors.add(new FieldError(at + "employer_drop_share", "must be between 0 and 1, was " + s.employerDropShare()));
                }
                scenarios.add(new Scenario(s.name(), Boolean.TRUE.equals(s.mandate()), s.subsidy(),
                        Boolean.TRUE.equals(s.reinsurance()), share));
            }
        }
        ModelParameters parameters = null;
        try {
            parameters = defaults().with(request.parameters(), "parameters.");
        } catch (InvalidRequestException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new Settings(years, request.seed() == null ? 1L : request.seed(), scenarios, parameters);
    }

    /** A request found sound: its settings, the compiled version, the plan year and the households it selects. */
    public record Checked(Settings settings, Ruleset ruleset, int year, long households) {
    }

    /** Every check a projection makes before it evaluates anyone (400 naming each field), so a job can refuse at once. */
    public Checked check(ProjectionRequest request) {
        Settings settings = settings(request);
        int year = request.year() != null ? request.year() : active.get().parameters().ruleset().defaultYear();
        Ruleset ruleset = scope.ruleset(request.rulesetVersion(), year, request.state(), "ruleset_version", "");
        long count = scope.nonEmpty(year, request.state(), "population");
        if (count > maxHouseholds) {
            throw new InvalidRequestException("population", count + " households selected; the projection limit is " + maxHouseholds
                    + " (aca.pool.projection.max-households): narrow it with state");
        }
        return new Checked(settings, ruleset, year, count);
    }

    /** A projection of stored applicants. */
    public Projection project(ProjectionRequest request) {
        return project(request, HouseholdProgress.NONE);
    }

    /** The same, telling {@code progress} after each household evaluated and when the model starts (a projection job). */
    public Projection project(ProjectionRequest request, HouseholdProgress progress) {
        Checked checked = check(request);
        Settings settings = checked.settings();
        Ruleset ruleset = checked.ruleset();
        int year = checked.year();
        Builder builder = new Builder(inputs.context(ruleset, year, settings.parameters()));
        long[] done = {0};
        stored.forEach(year, request.state(), h -> {
            builder.add(h.id(), h.request());
            progress.evaluated(++done[0]);
        });
        progress.phase("projecting");
        return run(builder, ruleset, year, request.state(), settings);
    }

    /** Collects the households of a run, counting those the ruleset cannot evaluate. */
    public final class Builder {
        private final ProjectionInputs.Context context;
        final List<ModelHousehold> households = new ArrayList<>();
        long persons;
        long skipped;
        final Map<String, Long> reasons = new java.util.TreeMap<>();

        public Builder(ProjectionInputs.Context context) {
            this.context = context;
        }

        public void add(long id, EligibilityRequest request) {
            if (households.size() >= maxHouseholds) {
                throw new InvalidRequestException("population", "more than " + maxHouseholds
                        + " households; the projection limit is " + maxHouseholds + " (aca.pool.projection.max-households)");
            }
            try {
                households.add(inputs.household(id, request, context));
                persons += request.household().people().size();
            } catch (RuntimeException e) { // a year, state or parameter the version does not model: counted, not projected
                LOG.debugf("household %d not projected: %s", id, e.getClass().getSimpleName());
                skipped++;
                String reason = e instanceof InvalidRequestException invalid && !invalid.errors().isEmpty()
                        ? invalid.errors().get(0).message() : e.getClass().getSimpleName();
                if (reasons.size() < 10 || reasons.containsKey(reason)) {
                    reasons.merge(reason, 1L, Long::sum);
                }
            }
        }
    }

    public Builder builder(Ruleset ruleset, int year, ModelParameters parameters) {
        return new Builder(inputs.context(ruleset, year, parameters));
    }

    public Projection run(Builder builder, Ruleset ruleset, int year, String state, Settings settings) {
        if (builder.households.isEmpty()) {
            throw new InvalidRequestException("population", "no household could be evaluated under " + ruleset.version());
        }
        ProjectionModel model = new ProjectionModel(settings.parameters(), builder.context.rating(40));
        List<ScenarioResult> results = model.run(builder.households, settings.scenarios(), year, settings.years(), settings.seed(), null);
        LOG.infof("projection on %s: %d households, %d scenarios, %d years", ruleset.version(), builder.households.size(),
                results.size(), settings.years());
        return new Projection(null, ruleset.version(), year, state, builder.households.size(), builder.persons, builder.skipped,
                builder.reasons, settings.seed(), settings.years(), settings.parameters().values(), results);
    }

    /** The last projections, by id, kept in memory (a restart forgets them; run again: the seed gives the same). */
    private final Map<Long, Projection> recent = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Projection> eldest) {
            return size() > 20;
        }
    };
    private long nextId = 1;

    public synchronized Projection remember(Projection projection) {
        Projection withId = projection.withId(nextId++);
        recent.put(withId.id(), withId);
        return withId;
    }

    public synchronized Optional<Projection> find(long id) {
        return Optional.ofNullable(recent.get(id));
    }
}
