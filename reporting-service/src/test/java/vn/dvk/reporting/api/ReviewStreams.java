package vn.dvk.reporting.api;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Opens the review's server-sent event stream the way a browser's fetch-based EventSource does, and closes it after
 * the first event: the stream itself never ends.
 */
final class ReviewStreams {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final Duration FIRST_EVENT_WITHIN = Duration.ofSeconds(20);

    /** What the stream answered: its status and type, and the first event's data (or, refused, the body). */
    record Stream(int status, String contentType, String firstData, String body) {
    }

    private ReviewStreams() {
    }

    static Stream open(URI stream, String campaign, String organisationId, String token) throws Exception {
        String query = "?campaignId=" + campaign
                + (organisationId == null ? "" : "&organisationId=" + URLEncoder.encode(organisationId,
                        StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stream + query))
                .header("Accept", "text/event-stream").timeout(FIRST_EVENT_WITHIN);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<InputStream> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        String type = response.headers().firstValue("Content-Type").orElse("");
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                return new Stream(response.statusCode(), type, null,
                        new String(body.readAllBytes(), StandardCharsets.UTF_8));
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
            String data = CompletableFuture.supplyAsync(() -> firstData(lines))
                    .get(FIRST_EVENT_WITHIN.toSeconds(), TimeUnit.SECONDS);
            return new Stream(200, type, data, null);
        }
    }

    private static String firstData(BufferedReader lines) {
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("data:")) {
                    return line.substring("data:".length()).strip();
                }
            }
            return "";
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
