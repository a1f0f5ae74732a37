package vn.dvk.registry.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import vn.dvk.kit.outbox.OutboxMessage;
import java.util.UUID;
import vn.dvk.registry.Models;
import vn.dvk.registry.domain.ModelVersion;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.Simultaneously;

/** A submit button pressed many times at once (a double click, a flaky network retrying). */
@QuarkusTest
class ConcurrentSubmitTest {

    @Test
    void aDraftSubmittedTwentyTimesAtOnceIsSubmittedOnceAndPublishedOnce() throws Exception {
        String id = Models.draft();
        String etag = Models.etag(id);

        List<Response> responses = Simultaneously.run(20, () -> Models.as(DemoCallers.unitCadre())
                .header("If-Match", etag).post("/api/v1/models/{id}/submit", id));

        Map<Integer, Integer> byStatus = new TreeMap<>();
        responses.forEach(r -> byStatus.merge(r.statusCode(), 1, Integer::sum));
        // all were made from the same version: once one is committed, the others' If-Match is stale
        assertEquals(Map.of(200, 1, 412, 19), byStatus);
        for (Response stale : responses.stream().filter(r -> r.statusCode() == 412).toList()) {
            assertEquals("application/problem+json", stale.contentType());
            assertEquals("SUBMITTED", stale.path("current.status"), stale.asString());
        }
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count(
                "partitionKey = ?1 and eventType = ?2", id, "dvk.registry.model.submitted.v1")));
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> ModelVersion.count("modelId", UUID.fromString(id))));
    }
}
