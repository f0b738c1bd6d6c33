package org.acarules.workbench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import org.acarules.definitions.NotModelledException;
import org.acarules.eligibility.EligibilityRequest;
import org.acarules.eligibility.EligibilityResponse;
import org.acarules.eligibility.EligibilityService;
import org.acarules.requests.FieldError;
import org.acarules.requests.FieldPaths;
import org.acarules.requests.InvalidRequestException;
import org.acarules.requests.JsonFieldErrors;
import org.acarules.rulesets.RulesetService;

/**
 * An eligibility request evaluated against a stored version (the active one or a draft), as POST /api/v1/eligibility
 * evaluates it: read as the API reads JSON, Bean-Validated, checked and evaluated by the same service. Bad input comes
 * back as the API's field errors (the field's JSON path and what is wrong), for the page to show.
 */
@ApplicationScoped
public class HouseholdAnswers {
    /** The answer, or the errors that stopped it (then the answer is null). */
    public record Answer(EligibilityResponse response, List<FieldError> errors) {
        public boolean answered() {
            return response != null;
        }
    }

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    @Inject
    EligibilityService eligibility;

    @Inject
    RulesetService rulesets;

    /** A request typed in a page, as JSON text. */
    public Answer evaluate(String version, String text) {
        if (text == null || text.isBlank()) {
            return refused(new FieldError("", "give the eligibility request as JSON"));
        }
        EligibilityRequest request;
        try {
            request = json.readValue(text, EligibilityRequest.class);
        } catch (JsonProcessingException e) {
            return refused(JsonFieldErrors.of(e));
        }
        return evaluate(version, request);
    }

    /** A scenario's request, as its YAML file holds it. */
    public Answer evaluate(String version, Object scenarioRequest) {
        EligibilityRequest request;
        try {
            request = json.convertValue(scenarioRequest, EligibilityRequest.class);
        } catch (IllegalArgumentException e) {
            return refused(e.getCause() instanceof JsonProcessingException p ? JsonFieldErrors.of(p)
                    : new FieldError("", "not an eligibility request"));
        }
        return evaluate(version, request);
    }

    private Answer evaluate(String version, EligibilityRequest request) {
        if (request == null) {
            return refused(new FieldError("", "give the eligibility request as a JSON object"));
        }
        List<FieldError> violations = validator.validate(request).stream().map(HouseholdAnswers::field)
                .sorted(Comparator.comparing(FieldError::field)).toList();
        if (!violations.isEmpty()) {
            return new Answer(null, violations);
        }
        try {
            return new Answer(eligibility.evaluate(rulesets.compiled(version), request, false), List.of());
        } catch (InvalidRequestException e) {
            return new Answer(null, e.errors());
        } catch (NotModelledException e) {
            return refused(new FieldError(e.field(), "not modelled: " + e.getMessage()));
        }
    }

    private static FieldError field(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString().replace(".<list element>", "").replace("<list element>", "");
        return new FieldError(FieldPaths.snake(path), v.getMessage());
    }

    private static Answer refused(FieldError error) {
        return new Answer(null, List.of(error));
    }
}
