package org.acarules.plans.catalogue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.BufferedReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.acarules.requests.FieldError;
import org.acarules.requests.InvalidRequestException;
import org.acarules.definitions.RulesetDefinition;
import org.acarules.engine.ActiveRuleset;
import org.jboss.logging.Logger;

/**
 * The plan catalogue: plans and county-to-rating-area maps by plan year, stored in the database. Imports
 * stream their CSV and commit in batches, keeping good rows and reporting bad ones by line.
 */
@ApplicationScoped
public class PlanCatalogue {
    private static final Logger LOG = Logger.getLogger(PlanCatalogue.class);
    private static final int BATCH = 500;

    @Inject
    Validator validator;

    @Inject
    ActiveRuleset active;

    /** Stores (or replaces, by plan year and plan id) the given plans; all or nothing. */
    public int store(List<PlanInput> plans) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            for (String problem : problems(plans.get(i))) {
                errors.add(new FieldError("plans[" + i + "]", problem));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        QuarkusTransaction.requiringNew().run(() -> plans.forEach(PlanCatalogue::upsert));
        return plans.size();
    }

    public ImportReport importPlans(BufferedReader csv) {
        return importRows(csv, PlanCsv::plan, this::problems, PlanCatalogue::upsert);
    }

    public ImportReport importRatingAreas(BufferedReader csv) {
        return importRows(csv, PlanCsv::ratingArea, this::problems, PlanCatalogue::upsert);
    }

    public List<PlanEntity> plans(int year, String state, String ratingArea, MetalLevel metal) {
        StringBuilder query = new StringBuilder("planYear = ?1 and state = ?2");
        List<Object> args = new ArrayList<>(List.of(year, state));
        if (ratingArea != null) {
            args.add(ratingArea);
            query.append(" and ratingArea = ?").append(args.size());
        }
        if (metal != null) {
            args.add(metal.code());
            query.append(" and metalLevel = ?").append(args.size());
        }
        List<PlanEntity> plans = PlanEntity.list(query.toString(), args.toArray());
        plans.sort(Comparator.comparing((PlanEntity p) -> p.age21Premium).thenComparing(p -> p.planId));
        return plans;
    }

    public boolean hasRatingAreas(int year, String state) {
        return RatingAreaEntity.count("planYear = ?1 and state = ?2", year, state) > 0;
    }

    public boolean hasPlans(int year, String state) {
        return PlanEntity.count("planYear = ?1 and state = ?2", year, state) > 0;
    }

    public Optional<String> ratingArea(int year, String state, String countyFips) {
        return RatingAreaEntity.<RatingAreaEntity>find("planYear = ?1 and state = ?2 and countyFips = ?3",
                year, state, countyFips).firstResultOptional().map(r -> r.ratingArea);
    }

    private <T> ImportReport importRows(BufferedReader csv, java.util.function.Function<Map<String, String>, PlanCsv.Row<T>> parse,
            java.util.function.Function<T, List<String>> check, java.util.function.Consumer<T> save) {
        List<ImportReport.RejectedRow> rejected = new ArrayList<>();
        List<T> batch = new ArrayList<>(BATCH);
        int[] imported = {0};
        try {
            CsvRows.read(csv, (line, cells) -> {
                PlanCsv.Row<T> row = parse.apply(cells);
                List<String> errors = new ArrayList<>(row.errors());
                if (errors.isEmpty()) {
                    errors.addAll(check.apply(row.value()));
                }
                if (!errors.isEmpty()) {
                    rejected.add(new ImportReport.RejectedRow(line, errors));
                    return;
                }
                batch.add(row.value());
                if (batch.size() == BATCH) {
                    imported[0] += flush(batch, save);
                }
            });
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("body", e.getMessage());
        }
        imported[0] += flush(batch, save);
        LOG.infof("catalogue import: %d rows kept, %d rejected", imported[0], rejected.size());
        return new ImportReport(imported[0], rejected);
    }

    private static <T> int flush(List<T> batch, java.util.function.Consumer<T> save) {
        int size = batch.size();
        if (size > 0) {
            List<T> rows = List.copyOf(batch);
            QuarkusTransaction.requiringNew().run(() -> rows.forEach(save));
            batch.clear();
        }
        return size;
    }

    private List<String> problems(PlanInput plan) {
        List<String> problems = violations(plan);
        problems.addAll(modelled(plan.planYear(), plan.state()));
        return problems;
    }

    private List<String> problems(RatingAreaInput area) {
        List<String> problems = violations(area);
        problems.addAll(modelled(area.planYear(), area.state()));
        return problems;
    }

    private <T> List<String> violations(T input) {
        List<String> problems = new ArrayList<>();
        for (ConstraintViolation<T> v : validator.validate(input)) {
            problems.add(org.acarules.requests.FieldPaths.snake(v.getPropertyPath().toString()) + ": " + v.getMessage());
        }
        problems.sort(String::compareTo);
        return problems;
    }

    /** The year and state must be ones the ruleset models (null ones are already reported as missing). */
    private List<String> modelled(Integer year, String state) {
        RulesetDefinition ruleset = active.get().parameters().ruleset();
        List<String> problems = new ArrayList<>();
        if (year != null && !ruleset.coversYear(year)) {
            problems.add("plan_year: " + year + " is outside " + ruleset.firstYear() + "-" + ruleset.lastYear());
        }
        if (state != null && state.matches("[A-Z]{2}") && !ruleset.states().contains(state)) {
            problems.add("state: unknown state '" + state + "'");
        }
        return problems;
    }

    private static void upsert(PlanInput input) {
        PlanEntity plan = PlanEntity.<PlanEntity>find("planYear = ?1 and planId = ?2", input.planYear(), input.planId())
                .firstResultOptional().orElseGet(PlanEntity::new);
        plan.planYear = input.planYear();
        plan.planId = input.planId();
        plan.issuer = input.issuer();
        plan.state = input.state();
        plan.ratingArea = input.ratingArea();
        plan.metalLevel = input.metalLevel().code();
        plan.age21Premium = input.age21Premium().setScale(2, java.math.RoundingMode.HALF_UP);
        plan.ehbShare = input.ehbShare();
        plan.coversPediatricDental = Boolean.TRUE.equals(input.coversPediatricDental());
        plan.illustrative = Boolean.TRUE.equals(input.illustrative());
        if (plan.id == null) {
            plan.persist();
        }
    }

    private static void upsert(RatingAreaInput input) {
        RatingAreaEntity area = RatingAreaEntity.<RatingAreaEntity>find("planYear = ?1 and state = ?2 and countyFips = ?3",
                input.planYear(), input.state(), input.countyFips()).firstResultOptional().orElseGet(RatingAreaEntity::new);
        area.planYear = input.planYear();
        area.state = input.state();
        area.countyFips = input.countyFips();
        area.ratingArea = input.ratingArea();
        if (area.id == null) {
            area.persist();
        }
    }

}
