package org.acarules.security;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An OpenID Connect provider for the tests, on loopback: discovery, a sign-in page, the authorization code flow
 * (code for tokens, the client authenticated by its secret), the signing keys as a JWKS, and an end-session
 * endpoint. It keeps its own session cookie, as real providers do, so that signing out of the service must end it
 * too. Tokens are RS256, signed by the test key pair in src/test/resources/jwt; the ID token carries
 * {@code preferred_username}, {@code groups} and the client's nonce, the access token {@code upn} and {@code groups}.
 *
 * <p>It is addressed as {@code localhost} while the service listens on {@code 127.0.0.1}: two sites for the
 * browser, as a real provider is, so that the service's cookies must survive a cross-site redirect back.
 */
public final class TestIdentityProvider implements AutoCloseable {
    public static final String CLIENT_ID = "aca-rules-workbench";
    public static final String CLIENT_SECRET = "a-test-client-secret-of-the-workbench";
    private static final String KEY_ID = "test-key-1";
    private static final String SESSION_COOKIE = "idp_session";

    public record Account(String password, Set<String> groups) {
    }

    private record Grant(String user, String redirectUri, String nonce) {
    }

    private final HttpServer server;
    private final Map<String, Account> accounts;
    private final PrivateKey signingKey;
    private final RSAPublicKey publicKey;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, String> sessions = new ConcurrentHashMap<>();

    private TestIdentityProvider(Map<String, Account> accounts) throws Exception {
        this.accounts = Map.copyOf(accounts);
        this.signingKey = KeyUtils.readPrivateKey("/jwt/privateKey.pem");
        this.publicKey = (RSAPublicKey) KeyUtils.readPublicKey("/jwt/publicKey.pem");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/idp/.well-known/openid-configuration", this::discovery);
        server.createContext("/idp/authorize", this::authorize);
        server.createContext("/idp/token", this::token);
        server.createContext("/idp/jwks", this::jwks);
        server.createContext("/idp/logout", this::logout);
        server.start();
    }

    public static TestIdentityProvider start(Map<String, Account> accounts) throws Exception {
        return new TestIdentityProvider(accounts);
    }

    /** The issuer, which is also the base of every endpoint. */
    public String issuer() {
        return "http://localhost:" + server.getAddress().getPort() + "/idp";
    }

    /** An access token for {@code user}, as the provider hands a client system (for calling the API). */
    public String accessToken(String user) {
        return Jwt.issuer(issuer()).upn(user).groups(accounts.get(user).groups()).expiresIn(300).jws().keyId(KEY_ID)
                .sign(signingKey);
    }

    /** How many people are signed in at the provider (its own sessions). */
    public int sessions() {
        return sessions.size();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void discovery(HttpExchange exchange) throws IOException {
        String base = issuer();
        send(exchange, 200, "application/json", "{\"issuer\":\"" + base + "\",\"authorization_endpoint\":\"" + base
                + "/authorize\",\"token_endpoint\":\"" + base + "/token\",\"jwks_uri\":\"" + base
                + "/jwks\",\"end_session_endpoint\":\"" + base + "/logout\",\"response_types_supported\":[\"code\"],"
                + "\"subject_types_supported\":[\"public\"],\"id_token_signing_alg_values_supported\":[\"RS256\"],"
                + "\"token_endpoint_auth_methods_supported\":[\"client_secret_basic\",\"client_secret_post\"]}");
    }

    /** GET: the sign-in page, or straight back with a code when the provider's session is alive. POST: sign in. */
    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> request = "POST".equals(exchange.getRequestMethod())
                ? form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8))
                : form(exchange.getRequestURI().getRawQuery());
        if (!CLIENT_ID.equals(request.get("client_id")) || request.get("redirect_uri") == null) {
            send(exchange, 400, "text/plain", "unknown client or no redirect_uri");
            return;
        }
        String session = cookie(exchange, SESSION_COOKIE);
        String user = session == null ? null : sessions.get(session);
        if ("POST".equals(exchange.getRequestMethod())) {
            Account account = accounts.get(request.get("username"));
            if (account == null || !account.password().equals(request.get("password"))) {
                send(exchange, 200, "text/html", signInPage(request, true));
                return;
            }
            user = request.get("username");
            session = UUID.randomUUID().toString();
            sessions.put(session, user);
            exchange.getResponseHeaders().add("Set-Cookie", SESSION_COOKIE + "=" + session + "; Path=/idp; HttpOnly");
        }
        if (user == null) {
            send(exchange, 200, "text/html", signInPage(request, false));
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new Grant(user, request.get("redirect_uri"), request.get("nonce")));
        String back = request.get("redirect_uri") + (request.get("redirect_uri").contains("?") ? "&" : "?") + "code="
                + code + (request.containsKey("state") ? "&state=" + encode(request.get("state")) : "");
        exchange.getResponseHeaders().add("Location", back);
        send(exchange, 302, "text/plain", "");
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> request = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        if (!clientAuthenticated(exchange, request)) {
            send(exchange, 401, "application/json", "{\"error\":\"invalid_client\"}");
            return;
        }
        Grant grant = codes.remove(String.valueOf(request.get("code")));
        if (!"authorization_code".equals(request.get("grant_type")) || grant == null
                || !grant.redirectUri().equals(request.get("redirect_uri"))) {
            send(exchange, 400, "application/json", "{\"error\":\"invalid_grant\"}");
            return;
        }
        var idToken = Jwt.issuer(issuer()).audience(CLIENT_ID).subject(grant.user()).claim("preferred_username", grant.user())
                .groups(accounts.get(grant.user()).groups()).expiresIn(300);
        if (grant.nonce() != null) {
            idToken.claim("nonce", grant.nonce());
        }
        send(exchange, 200, "application/json", "{\"access_token\":\"" + accessToken(grant.user()) + "\",\"id_token\":\""
                + idToken.jws().keyId(KEY_ID).sign(signingKey) + "\",\"token_type\":\"Bearer\",\"expires_in\":300}");
    }

    private void jwks(HttpExchange exchange) throws IOException {
        send(exchange, 200, "application/json", "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\""
                + KEY_ID + "\",\"n\":\"" + unsigned(publicKey.getModulus()) + "\",\"e\":\""
                + unsigned(publicKey.getPublicExponent()) + "\"}]}");
    }

    /** Ends the provider's session and goes back where the client asked (RP-initiated logout). */
    private void logout(HttpExchange exchange) throws IOException {
        Map<String, String> request = form(exchange.getRequestURI().getRawQuery());
        String session = cookie(exchange, SESSION_COOKIE);
        if (session != null) {
            sessions.remove(session);
        }
        exchange.getResponseHeaders().add("Set-Cookie", SESSION_COOKIE + "=; Path=/idp; Max-Age=0");
        String back = request.get("post_logout_redirect_uri");
        if (back == null) {
            send(exchange, 200, "text/plain", "signed out");
            return;
        }
        exchange.getResponseHeaders().add("Location", back + (request.containsKey("state")
                ? (back.contains("?") ? "&" : "?") + "state=" + encode(request.get("state")) : ""));
        send(exchange, 302, "text/plain", "");
    }

    private boolean clientAuthenticated(HttpExchange exchange, Map<String, String> request) {
        String basic = exchange.getRequestHeaders().getFirst("Authorization");
        if (basic != null && basic.startsWith("Basic ")) {
            String expected = encode(CLIENT_ID) + ":" + encode(CLIENT_SECRET);
            return expected.equals(new String(Base64.getDecoder().decode(basic.substring(6)), StandardCharsets.UTF_8));
        }
        return CLIENT_ID.equals(request.get("client_id")) && CLIENT_SECRET.equals(request.get("client_secret"));
    }

    private static String signInPage(Map<String, String> request, boolean failed) {
        StringBuilder hidden = new StringBuilder();
        for (String name : new String[] {"client_id", "redirect_uri", "state", "nonce", "scope", "response_type"}) {
            if (request.containsKey(name)) {
                hidden.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"")
                        .append(html(request.get(name))).append("\">");
            }
        }
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Test identity provider</title></head>"
                + "<body><main><h1>Test identity provider: sign in</h1>"
                + (failed ? "<p role=\"alert\" id=\"failed\">Wrong user name or password.</p>" : "")
                + "<form method=\"post\" action=\"/idp/authorize\">" + hidden
                + "<label for=\"username\">User name</label> <input id=\"username\" name=\"username\">"
                + " <label for=\"password\">Password</label> <input id=\"password\" name=\"password\" type=\"password\">"
                + " <button type=\"submit\">Sign in</button></form></main></body></html>";
    }

    private static String cookie(HttpExchange exchange, String name) {
        for (String header : exchange.getRequestHeaders().getOrDefault("Cookie", java.util.List.of())) {
            for (String pair : header.split(";")) {
                String[] parts = pair.trim().split("=", 2);
                if (parts.length == 2 && parts[0].equals(name)) {
                    return parts[1];
                }
            }
        }
        return null;
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            String[] parts = pair.split("=", 2);
            values.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length == 2 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return values;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String html(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A JWK integer: big-endian, without the sign byte BigInteger adds, base64url without padding (RFC 7518 6.3.1). */
    private static String unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes[0] == 0 && bytes.length > 1) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.sendResponseHeaders(status, status == 302 || bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
