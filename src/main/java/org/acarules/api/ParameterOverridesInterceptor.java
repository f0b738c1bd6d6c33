package org.acarules.api;

import org.acarules.requests.JsonInputLimits;
import org.acarules.requests.ParameterOverrides;
import org.acarules.requests.InvalidRequestException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.acarules.engine.ActiveRuleset;
import org.acarules.engine.RulesetPin;

/**
 * {@code parameter_overrides} on every evaluation request, in one place rather than a field, a lookup and a report in
 * each of the request records, services and answers.
 *
 * <p>Reading the body, it takes the field out (the request records reject unknown fields and need not know of it),
 * applies the overrides to the ruleset this request evaluates with (the active one, or the version an analyst pinned
 * with X-Ruleset-Version) and pins the result for the request: every service already fetches its ruleset once through
 * {@link ActiveRuleset#get()}, which returns the pin. An unknown id or a value of the wrong type is a 400 naming
 * {@code parameter_overrides.<id>} before anything is evaluated. Writing a successful answer, it adds
 * {@code parameter_overrides} next to {@code ruleset_version}, so every answer says what it was computed with.
 *
 * <p>Eligibility (and the households estimates built on it) keeps its own request field: stored applicants and their
 * replays carry it.
 */
@Provider
@AcceptsParameterOverrides
public class ParameterOverridesInterceptor implements ReaderInterceptor, ContainerResponseFilter {
    private static final String USED = ParameterOverridesInterceptor.class.getName() + ".used";
    private static final TypeReference<LinkedHashMap<String, JsonNode>> MAP = new TypeReference<>() {
    };

    @Inject
    ObjectMapper json;

    @Inject
    ActiveRuleset active;

    @Inject
    RulesetPin pin;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        byte[] body = context.getInputStream().readAllBytes();
        context.setInputStream(new ByteArrayInputStream(body));
        JsonNode tree;
        try {
            tree = tree(body);
        } catch (JsonProcessingException e) {
            if (e instanceof StreamConstraintsException || e.getCause() instanceof StreamConstraintsException) {
                throw e; // beyond a limit (JsonInputLimits): a 400 saying which, before the body is read again
            }
            return context.proceed(); // not JSON: the ordinary reader answers with its 400 naming the field
        }
        if (tree instanceof ObjectNode object && object.has(ParameterOverrides.FIELD)) {
            JsonNode overrides = object.remove(ParameterOverrides.FIELD);
            if (!overrides.isNull()) {
                if (!overrides.isObject()) {
                    throw new InvalidRequestException(ParameterOverrides.FIELD, "must be an object from parameter id to value");
                }
                Map<String, JsonNode> used = json.convertValue(overrides, MAP);
                pin.set(ParameterOverrides.apply(active.get(), used));
                context.setProperty(USED, used);
            }
            context.setInputStream(new ByteArrayInputStream(json.writeValueAsBytes(object)));
        }
        return context.proceed();
    }

    /**
     * Decimals as BigDecimal: 1e309 must reach the overrides check as the number it is, not as infinity. Only an
     * exponent no decimal can hold (1e9999999999) is read as a double, whose infinity the check refuses too.
     */
    private JsonNode tree(byte[] body) throws IOException {
        try {
            return json.reader(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(body);
        } catch (NumberFormatException e) {
            return json.readTree(body);
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object used = request.getProperty(USED);
        if (used == null || response.getStatus() >= 300 || response.getEntity() == null) {
            return;
        }
        JsonNode answer = json.valueToTree(response.getEntity());
        if (!(answer instanceof ObjectNode fields)) {
            return;
        }
        ObjectNode reported = json.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = fields.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            reported.set(field.getKey(), field.getValue());
            if (field.getKey().equals("ruleset_version")) {
                reported.set(ParameterOverrides.FIELD, json.valueToTree(used));
            }
        }
        if (!reported.has(ParameterOverrides.FIELD)) {
            reported.set(ParameterOverrides.FIELD, json.valueToTree(used));
        }
        response.setEntity(reported);
    }
}
