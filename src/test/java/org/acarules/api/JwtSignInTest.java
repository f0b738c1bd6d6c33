package org.acarules.api;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.build.Jwt;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Production sign-in by configuration: with a public key and an issuer configured, a bearer token signed by the
 * matching private key (src/test/resources/jwt, a test pair) and carrying a {@code groups} claim is a caller with
 * those roles; the Basic development accounts keep working next to it.
 */
@QuarkusTest
@TestProfile(JwtSignInTest.WithJwtKey.class)
class JwtSignInTest {
    private static final String ISSUER = "https://identity.aca-rules.test";

    public static class WithJwtKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.jwt.verify.publickey.location", "jwt/publicKey.pem",
                    "mp.jwt.verify.issuer", ISSUER,
                    "smallrye.jwt.sign.key.location", "jwt/privateKey.pem");
        }
    }

    private static String token(String issuer, String... groups) {
        return Jwt.issuer(issuer).upn("pat@example.org").groups(Set.of(groups)).expiresIn(300).sign();
    }

    @Test
    void anAnalystTokenReadsTheRulesetVersions() {
        given().auth().oauth2(token(ISSUER, "analyst")).get("/api/v1/rulesets").then().statusCode(200);
    }

    @Test
    void aClientTokenIsRefusedTheAnalystEndpoint() {
        given().auth().oauth2(token(ISSUER, "client")).get("/api/v1/rulesets").then().statusCode(403);
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        given().auth().oauth2(token("https://elsewhere.test", "analyst")).get("/api/v1/rulesets").then().statusCode(401);
    }

    @Test
    void theBasicAccountsStillWork() {
        given().auth().preemptive().basic("analyst", "analyst").get("/api/v1/rulesets").then().statusCode(200);
        given().get("/api/v1/rulesets").then().statusCode(401);
    }
}
