package org.acarules.batch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.acarules.requests.FieldError;
import org.acarules.requests.InvalidRequestException;
import org.acarules.applicants.ApplicantNotFoundException;
import org.acarules.definitions.RulesetDefinition;
import org.acarules.engine.ActiveRuleset;
import org.acarules.rulesets.RulesetStore;
import org.jboss.logging.Logger;

/** Starts (once per version, baseline and filter), reports on and cancels re-evaluation jobs. */
@ApplicationScoped
public class ReevaluationService {
    private static final Logger LOG = Logger.getLogger(ReevaluationService.class);
    static final int DEFAULT_CHUNK = 1_000;

    @Inject
    JobStore store;

    @Inject
    ReevaluationRunner runner;

    @Inject
    ReevaluationReports reports;

    @Inject
    RulesetStore versions;

    @Inject
    ActiveRuleset active;

    /** The job, and whether it was created by this call (false: the same job was already running). */
    public record Started(JobStatus job, boolean created) {
    }

    public synchronized Started start(ReevaluationRequest request) {
        String activeVersion = active.get().version();
        String compareTo = request.compareTo() == null || request.compareTo().equals("active") ? activeVersion : request.compareTo();
        String version = request.rulesetVersion().equals("active") ? activeVersion : request.rulesetVersion();
        String state = request.filter() == null ? null : request.filter().state();
        Integer year = request.filter() == null ? null : request.filter().year();
        boolean dryRun = request.dryRun() != null ? request.dryRun() : !version.equals(activeVersion);
        List<FieldError> errors = new ArrayList<>();
        if (versions.version(version).isEmpty()) {
            errors.add(new FieldError("ruleset_version", "unknown ruleset version '" + version + "'"));
        }
        if (versions.version(compareTo).isEmpty()) {
            errors.add(new FieldError("compare_to", "unknown ruleset version '" + compareTo + "'"));
        }
        if (!dryRun && !version.equals(activeVersion)) {
            errors.add(new FieldError("dry_run", "decisions are recorded live only under the active version (" + activeVersion + ")"));
        }
        RulesetDefinition definition = active.get().parameters().ruleset();
        if (state != null && !definition.states().contains(state)) {
            errors.add(new FieldError("filter.state", "unknown state '" + state + "'"));
        }
        if (year != null && !definition.coversYear(year)) {
            errors.add(new FieldError("filter.year", "outside " + definition.firstYear() + " to " + definition.lastYear()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        var running = store.running(version, compareTo, state, year);
        if (running.isPresent()) {
            return new Started(status(running.get()), false);
        }
        int chunk = request.chunkSize() == null ? DEFAULT_CHUNK : request.chunkSize();
        Job job = store.create(version, compareTo, dryRun, state, year, chunk, store.snapshot(state, year));
        LOG.infof("re-evaluation %d: %d applicants on %s against %s%s", job.id(), job.total(), version, compareTo,
                dryRun ? " (dry run)" : "");
        if (job.total() == 0 && store.complete(job)) { // no chunk would ever finish a job over no one
            LOG.infof("re-evaluation %d completed: no applicant matches", job.id());
            return new Started(status(job.id()), true);
        }
        runner.start(job.id());
        return new Started(status(job), true);
    }

    public JobStatus status(long id) {
        return status(job(id));
    }

    /** The newest jobs' status, newest first. */
    public java.util.List<JobStatus> recent(int limit) {
        return store.recent(limit).stream().map(this::status).toList();
    }

    public JobStatus cancel(long id) {
        Job job = job(id);
        if (store.transition(id, Job.RUNNING, Job.CANCELLED, "cancelled")) {
            runner.cancel(id);
            LOG.infof("re-evaluation %d cancelled", id);
        }
        return status(job(job.id()));
    }

    /**
     * Continues a failed, cancelled or halted job from its checkpoints (start-up does this for jobs left running): the
     * chunks committed stay, the rest are evaluated. A completed job is left as it is.
     */
    public JobStatus resume(long id) {
        job(id);
        if (!store.transition(id, Job.FAILED, Job.RUNNING, null, null)) {
            store.transition(id, Job.CANCELLED, Job.RUNNING, null, null);
        }
        runner.resumeRunning();
        return status(id);
    }

    public Summary summary(long id) {
        return reports.summary(job(id));
    }

    public ChangePage changes(long id, int page, int size) {
        if (page < 0 || size < 1 || size > 1_000) {
            throw new InvalidRequestException(page < 0 ? "page" : "size", page < 0 ? "must be 0 or more" : "must be 1 to 1000");
        }
        return reports.changes(job(id), page, size);
    }

    private JobStatus status(Job job) {
        return JobStatus.of(job, runner.rate(job));
    }

    private Job job(long id) {
        return store.find(id).orElseThrow(() -> new ApplicantNotFoundException("re-evaluation", id));
    }
}
