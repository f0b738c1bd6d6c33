package org.acarules.batch;

import java.util.UUID;
import java.util.stream.Collectors;
import org.acarules.definitions.NotModelledException;
import org.acarules.definitions.ParameterNotDefinedException;
import org.acarules.engine.EvaluationDeadlineException;
import org.acarules.engine.RunawayRulesException;
import org.acarules.requests.InvalidRequestException;
import org.jboss.logging.Logger;

/**
 * Why a household of a re-evaluation could not be evaluated, in the words the REST answers use: what the rules do not
 * model, which field the version refuses, a looping or overdue ruleset. Anything else is a fault of the service: the
 * report says "internal error" with an id, and the log has the id and the stack trace (class names and frames, no
 * messages: they may carry the household's data).
 */
final class FailedEvaluation {
    private static final Logger LOG = Logger.getLogger(FailedEvaluation.class);

    private FailedEvaluation() {
    }

    static String describe(RuntimeException e, String household) {
        if (e instanceof ParameterNotDefinedException || e instanceof NotModelledException) {
            return "not modelled: " + e.getMessage();
        }
        if (e instanceof InvalidRequestException invalid) {
            return "refused: " + invalid.errors().stream().map(f -> (f.field().isEmpty() ? "" : f.field() + ": ") + f.message())
                    .collect(Collectors.joining("; "));
        }
        if (e instanceof RunawayRulesException || e instanceof EvaluationDeadlineException) {
            return e.getMessage();
        }
        String id = UUID.randomUUID().toString();
        LOG.errorf("household %s could not be evaluated: internal error %s, %s at %s", household, id,
                e.getClass().getName(), e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?");
        return "internal error; quote error id " + id;
    }
}
