package vn.dvk.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
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
import java.util.function.Supplier;
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

    /** A connection to the database that holds recognition's schema. */
    @FunctionalInterface
    interface Connections {
        Connection connect() throws SQLException;
    }

    private final BenchHttp registry;
    private final Connections recognitionDatabase;
    private final Supplier<String> unitCadre;

    SubmitToCase(ServiceReplica registry, PostgresInstance recognitionDatabase) {
        this(registry.url(), recognitionDatabase::connect, DemoCallers::unitCadre);
    }

    /** @param unitCadre a fresh token of the demo unit's cadre at each call */
    SubmitToCase(URI registry, Connections recognitionDatabase, Supplier<String> unitCadre) {
        this.registry = new BenchHttp(registry);
        this.recognitionDatabase = recognitionDatabase;
        this.unitCadre = unitCadre;
    }

    /**
     * Submits {@code warmUp + samples} models one after the other; returns the measured ones in microseconds.
     *
     * @param maxGapMillis a random pause before each submission: back to back (0), each submission lands just
     *     after the relay's last poll and waits a whole poll interval; random gaps spread them over its phase
     */
    List<Long> measure(int warmUp, int samples, int maxGapMillis) throws InterruptedException, SQLException {
        List<Long> micros = new ArrayList<>(samples);
        String token = unitCadre.get();
        try (Connection db = recognitionDatabase.connect(); PreparedStatement caseRow = db.prepareStatement(
                "select 1 from recognition.review_case where model_id = ?")) {
            for (int i = 0; i < warmUp + samples; i++) {
                if (i % 100 == 0) {
                    token = unitCadre.get(); // tokens live ten minutes
                }
                UUID id = draft(token, i);
                if (maxGapMillis > 0) {
                    Thread.sleep(ThreadLocalRandom.current().nextInt(maxGapMillis)); // pacing, not waiting
                }
                long submitted = submit(token, id);
                awaitCase(caseRow, id, submitted);
                if (i >= warmUp) {
                    micros.add((System.nanoTime() - submitted) / 1000);
                }
            }
        }
        return micros;
    }

    /**
     * Models of the demo unit drafted, submitted and opened for review at base level (their cases exist in
     * recognition when this returns), as a unit cadre would register them.
     */
    List<UUID> openCases(int count) throws SQLException {
        List<UUID> ids = new ArrayList<>(count);
        String token = unitCadre.get();
        try (Connection db = recognitionDatabase.connect(); PreparedStatement caseRow = db.prepareStatement(
                "select 1 from recognition.review_case where model_id = ?")) {
            for (int i = 0; i < count; i++) {
                UUID id = draft(token, i);
                awaitCase(caseRow, id, submit(token, id));
                ids.add(id);
            }
        }
        return ids;
    }

    private static void awaitCase(PreparedStatement caseRow, UUID id, long submitted) throws SQLException {
        caseRow.setObject(1, id);
        while (!exists(caseRow)) {
            if (System.nanoTime() - submitted > GIVE_UP.toNanos()) {
                throw new IllegalStateException("No case for " + id + " within " + GIVE_UP);
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }

    private UUID draft(String token, int n) {
        String body = BenchHttp.expect(201, registry.post("/api/v1/models", token, """
                {"campaignId":"dvk-2026","title":"Mô hình đo độ trễ %d","summary":"benchmark","goals":"benchmark",\
                "implementation":"benchmark","startedOn":"2026-01-05",\
                "field":"ECONOMY","kind":"MODEL","ownerKind":"COLLECTIVE"}""".formatted(n)), "drafting");
        try {
            return UUID.fromString(JSON.readTree(body).path("id").asText());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(body, e);
        }
    }

    /** Submits the fresh draft as it stands (If-Match: *); returns the {@link System#nanoTime} of the 200. */
    private long submit(String token, UUID id) {
        BenchHttp.expect(200, registry.post("/api/v1/models/" + id + "/submit", token, null, "If-Match", "*"),
                "submitting");
        return System.nanoTime();
    }

    private static boolean exists(PreparedStatement query) throws SQLException {
        try (ResultSet row = query.executeQuery()) {
            return row.next();
        }
    }
}
