package org.acarules.applicants;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.acarules.eligibility.EligibilityRequest;
import org.acarules.eligibility.EligibilityService;
import org.acarules.engine.ActiveRuleset;
import org.acarules.engine.Ruleset;
import org.acarules.json.JsonDiff;
import org.acarules.rulesets.RulesetService;
import org.jboss.logging.Logger;

/** Evaluates stored applicants into stored decisions, lists them, and replays a decision on its own version. */
@ApplicationScoped
public class DecisionService {
    private static final Logger LOG = Logger.getLogger(DecisionService.class);
    /** A replay lists at most this many differing paths: enough to see what moved. */
    private static final int MAX_DIFFERENCES = 50;

    @Inject
    ApplicantService applicants;

    @Inject
    EligibilityService eligibility;

    @Inject
    ActiveRuleset active;

    @Inject
    RulesetService rulesets;

    @Inject
    CanonicalJson json;

    /** Evaluates the applicant's stored request against the active version and stores the decision. */
    public Decision evaluate(long applicantId) {
        ApplicantEntity applicant = applicants.entity(applicantId);
        Ruleset ruleset = active.get();
        EligibilityRequest request = json.request(applicant.request);
        Answer answer = Answer.of(eligibility.evaluate(ruleset, request, true));
        DecisionEntity decision = new DecisionEntity();
        decision.applicantId = applicant.id;
        decision.rulesetVersion = ruleset.version();
        decision.inputHash = applicant.inputHash;
        decision.request = applicant.request;
        decision.answer = json.write(answer.response());
        decision.firedRules = String.join(",", answer.firedRules());
        decision.decidedAt = OffsetDateTime.now();
        DecisionSummaryEntity summary = DecisionSummaryEntity.of(decision, json.write(AnswerSummary.of(answer.response())));
        QuarkusTransaction.requiringNew().run(() -> {
            decision.persist();
            summary.persist();
        });
        LOG.debugf("decision %d for applicant %d on %s", decision.id, applicant.id, ruleset.version());
        return Decision.of(decision, json);
    }

    public List<Decision> decisions(long applicantId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (ApplicantEntity.findById(applicantId) == null) {
                throw new ApplicantNotFoundException("applicant", applicantId);
            }
            return DecisionEntity.<DecisionEntity>list("applicantId = ?1 order by id", applicantId).stream()
                    .map(d -> Decision.of(d, json)).toList();
        });
    }

    /** Runs the decision's stored input on its stored version again and compares the answers' JSON. */
    public Replay replay(long decisionId) {
        DecisionEntity decision = QuarkusTransaction.requiringNew().call(() -> {
            DecisionEntity found = DecisionEntity.findById(decisionId);
            if (found == null) {
                throw new ApplicantNotFoundException("decision", decisionId);
            }
            return found;
        });
        Ruleset ruleset = rulesets.compiled(decision.rulesetVersion);
        Answer again = Answer.of(eligibility.evaluate(ruleset, json.request(decision.request), true));
        JsonNode replayed = json.tree(json.write(again.response()));
        List<String> differences = JsonDiff.paths(json.tree(decision.answer), replayed, Set.of(), MAX_DIFFERENCES);
        return new Replay(decision.id, decision.rulesetVersion, differences.isEmpty(), differences,
                differences.isEmpty() ? null : replayed);
    }
}
