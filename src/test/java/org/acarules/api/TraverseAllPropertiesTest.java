package org.acarules.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.acarules.eligibility.EligibilityRequest;
import org.junit.jupiter.api.Test;

/**
 * The service's validator takes {@link TraverseAllProperties} instead of asking Hibernate ORM whether each property
 * of a request is loaded, and still descends into nested requests (BadInputTest checks the field names over HTTP).
 */
@QuarkusTest
class TraverseAllPropertiesTest {
    @Inject
    ValidatorFactory validatorFactory;

    @Inject
    Validator validator;

    @Inject
    ObjectMapper mapper;

    @Test
    void theValidatorTraversesWithoutAskingTheOrm() {
        assertInstanceOf(TraverseAllProperties.class, validatorFactory.getTraversableResolver());
    }

    @Test
    void nestedPropertiesAreStillValidated() throws Exception {
        EligibilityRequest request = mapper.readValue("{\"year\": 2026, \"place\": {\"state\": \"TX\"}, \"household\": {\"income\": 30000,"
                        + " \"filing_status\": \"single\", \"people\": [{\"id\": \"p\", \"age\": -4, \"relationship\": \"self\","
                        + " \"immigration_status\": \"citizen\"}]}}", EligibilityRequest.class);
        var violations = validator.validate(request);
        assertEquals(1, violations.size(), violations.toString());
        assertEquals("household.people[0].age", violations.iterator().next().getPropertyPath().toString());
    }
}
