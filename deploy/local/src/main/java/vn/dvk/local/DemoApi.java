package vn.dvk.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The demo's calls to a service's API, as a demo user signed in with the password grant the demo client allows. */
public final class DemoApi {

    static final ObjectMapper JSON = new ObjectMapper();
    /** A token handed out has at least this long to live. */
    private static final Duration LEFT_AT_LEAST = Duration.ofMinutes(5);
    /**
     * One token per demo user and issuer, for every part of the demo: Keycloak's brute-force protection answers a
     * user's second sign-in while the first is under way with 400 (user_temporarily_disabled), so two parts
     * signing in as the same user at once lost one of them. Computing the entry holds the user's other callers
     * until the one sign-in is done.
     */
    private static final Map<String, Issued> TOKENS = new ConcurrentHashMap<>();

    /** One client (its connections and selector thread) for every demo part and caller. */
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI tokenEndpoint;
    private final URI api;

    public DemoApi(URI issuer, URI api) {
        this.tokenEndpoint = URI.create(issuer + "/protocol/openid-connect/token");
        this.api = api;
    }

    public JsonNode get(String token, String path) throws IOException, InterruptedException {
        return send(token, "GET", path, null, null, 200);
    }

    /** Sends the request and reads the answer, which must have the expected status. */
    public JsonNode send(String token, String method, String path, String body, String ifMatch, int expected)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IOException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** A demo user's access token (the realm keeps it valid 15 minutes), signed in once for all demo parts. */
    public String token(String user) throws IOException {
        Instant reusableUntil = Instant.now().plus(LEFT_AT_LEAST);
        try {
            return TOKENS.compute(tokenEndpoint + " " + user, (key, held) ->
                    held != null && held.expiresAt().isAfter(reusableUntil) ? held : signIn(user)).token();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private Issued signIn(String user) {
        String form = "client_id=dvk-web&grant_type=password&password=dvk-demo&username="
                + URLEncoder.encode(user, StandardCharsets.UTF_8);
        Instant asked = Instant.now();
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(tokenEndpoint)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("no token for demo user " + user + ": " + response.statusCode());
            }
            JsonNode answer = JSON.readTree(response.body());
            return new Issued(answer.path("access_token").asText(),
                    asked.plusSeconds(answer.path("expires_in").asLong(0)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted signing in as " + user, e));
        }
    }

    private record Issued(String token, Instant expiresAt) {
    }
}
