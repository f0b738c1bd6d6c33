package org.acarules.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.acarules.batch.ServiceJar;
import org.acarules.security.TestIdentityProvider;
import org.acarules.security.TestIdentityProvider.Account;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Workbench sign-in through the organisation's identity provider (OIDC authorization code flow), on the packaged
 * service configured as the README's production section says (ACA_OIDC_*), against an OpenID provider of the test's
 * own ({@link TestIdentityProvider}) whose accounts are not the service's: an analyst asks for a page, signs in at
 * the provider and lands on that page with the analyst's role from the ID token's groups; an analyst cannot
 * activate, and runs the active version's scenarios (evaluated through the API with the provider's access token);
 * signing out ends the provider's session too; a client is told the workbench is not for it; the API
 * still challenges with 401 (never a redirect to the provider) and takes the provider's access tokens.
 * Screenshots: target/workbench-screenshots/oidc-NN-*.png, with the same accessibility check as the other pages.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchOidcBrowserIT {
    private static final Path APP = Path.of("target/quarkus-app");
    private static final Path DIR = Path.of("target/workbench-oidc-browser-it");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static TestIdentityProvider provider;
    private static ServiceJar service;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        Browser.recreate(DIR);
        Browser.deleteScreenshots(name -> name.startsWith("oidc-"));
        provider = TestIdentityProvider.start(Map.of(
                "alex.analyst", new Account("alex-at-the-provider", Set.of("analyst")),
                "casey.client", new Account("casey-at-the-provider", Set.of("client"))));
        service = ServiceJar.start(APP, DIR, ServiceJar.database(DIR), List.of("-Xmx512m"), Map.of(
                "ACA_OIDC_ENABLED", "true",
                "ACA_OIDC_SERVER_URL", provider.issuer(),
                "ACA_OIDC_CLIENT_ID", TestIdentityProvider.CLIENT_ID,
                "ACA_OIDC_CLIENT_SECRET", TestIdentityProvider.CLIENT_SECRET,
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", provider.issuer() + "/jwks",
                "MP_JWT_VERIFY_ISSUER", provider.issuer()));
        browser = new Browser(service.uri("").toString(), "oidc-");
    }

    @AfterAll
    static void stop() throws Exception {
        Browser.closeAll(browser, service, provider);
    }

    @Test
    @Order(1)
    void anAnalystSignsInAtTheProviderAndLandsOnThePageAskedFor() throws Exception {
        browser.open("/workbench/catalog");
        assertTrue(url().startsWith(provider.issuer() + "/authorize"), "a page sends the browser to the provider: " + url());
        browser.check("provider-sign-in");
        signInAtTheProvider("alex.analyst", "alex-at-the-provider");
        assertEquals("/workbench/catalog", browser.path(), "after signing in, the page asked for before");
        assertTrue(browser.text("header .who").contains("alex.analyst (analyst)"), browser.text("header .who"));
        browser.check("analyst-catalog");

        assertEquals(403, status("POST", "/workbench/versions/any/activate", "reason=analysts+cannot+activate"),
                "an analyst signed in at the provider may not activate");
        assertEquals(200, status("GET", "/workbench/catalog", null));

        // a scenario run evaluates through the API as the analyst: with the provider's access token, not its cookie
        browser.submit("main a[href^='/workbench/versions/']", "#run-scenarios");
        browser.submit("#run-scenarios", "#scenario-summary");
        String summary = browser.text("#scenario-summary");
        assertTrue(summary.matches("[1-9]\\d* passed, 0 failed, \\d+ skipped of \\d+ cases\\."), summary);
        browser.check("analyst-scenario-run");
    }

    @Test
    @Order(2)
    void signingOutEndsTheProvidersSessionToo() throws Exception {
        assertEquals(1, provider.sessions());
        browser.submit("form.sign-out button", ".alert--info");
        assertTrue(browser.path().startsWith("/workbench/sign-in"), browser.path());
        assertTrue(browser.text(".alert--info").contains("signed out"));
        browser.check("signed-out");
        assertEquals(0, provider.sessions(), "the provider's session ended with the workbench's");

        browser.open("/workbench");
        assertTrue(url().startsWith(provider.issuer() + "/authorize"), "signed out, the provider asks again: " + url());
    }

    @Test
    @Order(3)
    void aClientSignedInAtTheProviderCannotUseTheWorkbench() throws Exception {
        signInAtTheProvider("casey.client", "casey-at-the-provider");
        assertTrue(browser.path().startsWith("/workbench/sign-in"), "a client is sent to the sign-in page: " + browser.path());
        assertTrue(browser.text(".alert--error").contains("not use the workbench"));
        browser.check("client-refused");
        assertEquals(403, status("GET", "/workbench/catalog", null));
        browser.submit("main form.form button", ".alert--info");
        assertEquals(0, provider.sessions());
    }

    @Test
    @Order(4)
    void theApiChallengesAndTakesTheProvidersAccessTokens() throws Exception {
        HttpResponse<String> anonymous = api(null);
        assertEquals(401, anonymous.statusCode(), "the API challenges, it never redirects to the provider");
        String challenge = anonymous.headers().firstValue("WWW-Authenticate").orElse("");
        assertTrue(challenge.startsWith("Basic") || challenge.startsWith("Bearer"), "a challenge of the API's own: " + challenge);
        assertEquals(200, api("Bearer " + provider.accessToken("alex.analyst")).statusCode());
        assertEquals(403, api("Bearer " + provider.accessToken("casey.client")).statusCode());
        assertEquals(200, api("Basic " + Base64.getEncoder().encodeToString("analyst:analyst".getBytes(StandardCharsets.UTF_8)))
                .statusCode(), "the service's own accounts still call the API");
        assertTrue(browser.accessibilityFailures().isEmpty(), browser.accessibilityFailures().toString());
        assertTrue(browser.layoutFailures().isEmpty(), browser.layoutFailures().toString());
    }

    private static void signInAtTheProvider(String user, String password) {
        if (!url().startsWith(provider.issuer())) {
            browser.open("/workbench");
        }
        browser.find("#username").sendKeys(user);
        browser.find("#password").sendKeys(password);
        browser.submit("form button[type=submit]", "main h1");
    }

    private static String url() {
        return browser.driver().getCurrentUrl();
    }

    private static HttpResponse<String> api(String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(service.uri("/api/v1/rulesets"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The status of a request made with the browser's cookies for the service, without following redirects. */
    private static int status(String method, String path, String form) throws Exception {
        String cookies = browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpRequest.Builder request = HttpRequest.newBuilder(service.uri(path)).header("Cookie", cookies);
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded");
        }
        request.method(method, form == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(form));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
