package org.acarules.applicants;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.acarules.requests.FieldPaths;
import org.acarules.requests.FieldError;
import org.acarules.requests.InvalidRequestException;
import org.acarules.eligibility.EligibilityService;
import org.acarules.engine.Ruleset;

/** The checks /api/v1/eligibility makes (Bean Validation, then the cross-field validator), as a list of errors. */
@ApplicationScoped
public class ApplicantValidation {
    @Inject
    Validator validator;

    @Inject
    EligibilityService eligibility;

    /** Errors of one applicant, field paths prefixed by {@code prefix} (e.g. "applicants[3]."; "" for a JSON line). */
    public List<FieldError> problems(ApplicantInput input, Ruleset ruleset, String prefix) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<ApplicantInput> v : validator.validate(input)) {
            String path = v.getPropertyPath().toString().replace(".<list element>", "").replace("<list element>", "");
            errors.add(new FieldError(prefix + FieldPaths.snake(path), v.getMessage()));
        }
        if (errors.isEmpty()) {
            try {
                eligibility.validate(input.request(), ruleset);
            } catch (InvalidRequestException e) {
                e.errors().forEach(err -> errors.add(new FieldError(prefix + "request." + err.field(), err.message(), err.code())));
            }
        }
        errors.sort(Comparator.comparing(FieldError::field));
        return errors;
    }
}
