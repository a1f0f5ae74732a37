package vn.dvk.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The demo's calls to a service's API, as a demo user signed in with the password grant the demo client allows. */
public final class DemoApi {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
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
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IOException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** A demo user's access token (the realm keeps it valid 15 minutes). */
    public String token(String user) throws IOException, InterruptedException {
        String form = "client_id=dvk-web&grant_type=password&password=dvk-demo&username="
                + URLEncoder.encode(user, StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(tokenEndpoint)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("no token for demo user " + user + ": " + response.statusCode());
        }
        return JSON.readTree(response.body()).path("access_token").asText();
    }
}
