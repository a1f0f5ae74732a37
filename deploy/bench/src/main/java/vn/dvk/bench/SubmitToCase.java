package vn.dvk.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.suite.PostgresInstance;
import vn.dvk.testing.suite.ServiceReplica;

/**
 * The hop a unit cadre waits for: from the registry's 200 to a submit until recognition has opened the case,
 * seen as its row in recognition's database (polled every millisecond on one open connection, cheaper and
 * sharper than the API). Covers the outbox relay's pick-up, Kafka and recognition's consumer.
 */
final class SubmitToCase {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration GIVE_UP = Duration.ofSeconds(60);
    private static final long POLL_NANOS = 1_000_000;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ServiceReplica registry;
    private final PostgresInstance recognitionDatabase;

    SubmitToCase(ServiceReplica registry, PostgresInstance recognitionDatabase) {
        this.registry = registry;
        this.recognitionDatabase = recognitionDatabase;
    }

    /** Submits {@code warmUp + samples} models one after the other; returns the measured ones in microseconds. */
    /**
     * @param maxGapMillis a random pause before each submission: back to back (0), each submission lands just
     *     after the relay's last poll and waits a whole poll interval; random gaps spread them over its phase
     */
    List<Long> measure(int warmUp, int samples, int maxGapMillis) throws IOException, InterruptedException, SQLException {
        List<Long> micros = new ArrayList<>(samples);
        String token = DemoCallers.unitCadre();
        try (Connection db = recognitionDatabase.connect(); PreparedStatement caseRow = db.prepareStatement(
                "select 1 from recognition.review_case where model_id = ?")) {
            for (int i = 0; i < warmUp + samples; i++) {
                if (i % 100 == 0) {
                    token = DemoCallers.unitCadre(); // tokens live ten minutes
                }
                UUID id = draft(token, i);
                if (maxGapMillis > 0) {
                    Thread.sleep(ThreadLocalRandom.current().nextInt(maxGapMillis)); // pacing, not waiting
                }
                send(token, "/api/v1/models/" + id + "/submit", null, 200);
                long submitted = System.nanoTime();
                caseRow.setObject(1, id);
                while (!exists(caseRow)) {
                    if (System.nanoTime() - submitted > GIVE_UP.toNanos()) {
                        throw new IllegalStateException("No case for " + id + " within " + GIVE_UP);
                    }
                    LockSupport.parkNanos(POLL_NANOS);
                }
                if (i >= warmUp) {
                    micros.add((System.nanoTime() - submitted) / 1000);
                }
            }
        }
        return micros;
    }

    private UUID draft(String token, int n) throws IOException, InterruptedException {
        String body = send(token, "/api/v1/models", """
                {"campaignId":"dvk-2026","title":"Mô hình đo độ trễ %d","summary":"benchmark","goals":"benchmark",\
                "implementation":"benchmark","startedOn":"2026-01-05",\
                "field":"ECONOMY","kind":"MODEL","ownerKind":"COLLECTIVE"}""".formatted(n), 201);
        return UUID.fromString(JSON.readTree(body).path("id").asText());
    }

    private String send(String token, String path, String json, int expected) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(registry.url() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("If-Match", "*"); // submits the fresh draft as it stands
        request = json == null ? request.POST(HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static boolean exists(PreparedStatement query) throws SQLException {
        try (ResultSet row = query.executeQuery()) {
            return row.next();
        }
    }
}
