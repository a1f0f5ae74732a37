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
import vn.dvk.registry.Models;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.Simultaneously;

/** A submit button pressed many times at once (a double click, a flaky network retrying). */
@QuarkusTest
class ConcurrentSubmitTest {

    @Test
    void aDraftSubmittedTwentyTimesAtOnceIsSubmittedOnceAndPublishedOnce() throws Exception {
        String id = Models.draft();

        List<Response> responses = Simultaneously.run(20,
                () -> Models.as(DemoCallers.unitCadre()).post("/api/v1/models/{id}/submit", id));

        Map<Integer, Integer> byStatus = new TreeMap<>();
        responses.forEach(r -> byStatus.merge(r.statusCode(), 1, Integer::sum));
        assertEquals(Map.of(200, 1, 409, 19), byStatus);
        for (Response conflict : responses.stream().filter(r -> r.statusCode() == 409).toList()) {
            assertEquals("application/problem+json", conflict.contentType());
            assertEquals("SUBMITTED", conflict.path("current.status"), conflict.asString());
        }
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count("partitionKey", id)));
    }
}
