package org.acarules.api.openapi;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.acarules.api.Roles;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Both ways to sign in, so Swagger UI's Authorize offers the Basic accounts every README example uses as well as
 * bearer tokens. Quarkus derives one requirement per operation from {@code @RolesAllowed}, under a single scheme of
 * its own naming; that requirement's roles are kept and offered under either scheme. The evaluation endpoints are
 * {@code @PermitAll} in code and closed by the "evaluation" HTTP policy, which the scanner cannot see: they get the
 * roles that policy admits.
 */
final class SignIn {
    static final String BASIC = "basicAuth";
    static final String JWT = "jwt";
    /** The roles the "evaluation" policy admits (EvaluationAccessPolicy) unless aca.evaluation.open is set. */
    static final List<String> EVALUATION_ROLES = List.of(Roles.CLIENT, Roles.ANALYST, Roles.ADMIN);

    private SignIn() {
    }

    static void declare(OpenAPI openAPI, Operations operations) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        Set<String> generated = components.getSecuritySchemes() == null ? Set.of()
                : Set.copyOf(components.getSecuritySchemes().keySet());
        generated.forEach(components::removeSecurityScheme);
        components.addSecurityScheme(BASIC, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("basic").description("HTTP Basic against the service's accounts (development: admin/admin,"
                        + " analyst/analyst, client/client)"));
        components.addSecurityScheme(JWT, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").bearerFormat("JWT").description("A bearer token from the configured identity"
                        + " provider (mp.jwt.verify.*) whose groups claim names the roles"));
        operations.forEach(entry -> {
            if (!entry.path().startsWith("/api/")) {
                return;
            }
            List<String> roles = roles(entry.operation().getSecurity());
            boolean evaluation = roles == null;
            if (evaluation) {
                roles = EVALUATION_ROLES;
            }
            List<SecurityRequirement> either = new ArrayList<>();
            either.add(OASFactory.createSecurityRequirement().addScheme(BASIC, roles));
            either.add(OASFactory.createSecurityRequirement().addScheme(JWT, roles));
            entry.operation().setSecurity(either);
            if (evaluation) {
                String note = "Roles: " + String.join(", ", roles) + " (or anyone, where the operator sets"
                        + " ACA_EVALUATION_OPEN=true).";
                String description = entry.operation().getDescription();
                entry.operation().setDescription(description == null ? note : description + "\n\n" + note);
            }
        });
    }

    /** The roles of the generated requirements, or null when the operation has none. */
    private static List<String> roles(List<SecurityRequirement> requirements) {
        if (requirements == null || requirements.isEmpty()) {
            return null;
        }
        Set<String> roles = new LinkedHashSet<>();
        for (SecurityRequirement requirement : requirements) {
            if (requirement.getSchemes() != null) {
                for (Map.Entry<String, List<String>> scheme : requirement.getSchemes().entrySet()) {
                    if (scheme.getValue() != null) {
                        roles.addAll(scheme.getValue());
                    }
                }
            }
        }
        return List.copyOf(roles);
    }
}
