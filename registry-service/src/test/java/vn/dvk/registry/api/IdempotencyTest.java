package vn.dvk.registry.api;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static vn.dvk.registry.Models.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dvk.registry.Models;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.Simultaneously;

/** A client that lost the answer to a create, or pressed the button twice, never creates a second model. */
@QuarkusTest
class IdempotencyTest {

    @Test
    void aRetryWithTheSameKeyGetsTheFirstAnswerAndCreatesNothing() {
        String key = UUID.randomUUID().toString();
        String title = "Mô hình thử khóa " + key;
        Response first = draft(key, title);
        Response retry = draft(key, title);

        assertEquals(201, first.statusCode());
        assertEquals(201, retry.statusCode());
        assertEquals(first.asString(), retry.asString());
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(first.header("ETag"), retry.header("ETag"));
        assertEquals("true", retry.header("Idempotent-Replayed"));
        assertEquals(1, Models.titled(title));
    }

    @Test
    void theSameKeySentTenTimesAtOnceCreatesOneModelAndEveryAnswerIsTheSame() throws Exception {
        String key = UUID.randomUUID().toString();
        String title = "Mô hình bấm mười lần " + key;

        List<Response> responses = Simultaneously.run(10, () -> draft(key, title));

        for (Response response : responses) {
            assertEquals(201, response.statusCode(), response.asString());
            assertEquals(responses.get(0).asString(), response.asString());
            assertEquals(responses.get(0).header("Location"), response.header("Location"));
        }
        assertEquals(1, Models.titled(title));
    }

    @Test
    void aKeyReusedForAnotherRequestIsRefused() {
        String key = UUID.randomUUID().toString();
        draft(key, "Mô hình A " + key).then().statusCode(201);

        draft(key, "Mô hình B " + key).then().statusCode(422).contentType("application/problem+json");
        assertEquals(0, Models.titled("Mô hình B " + key));
    }

    @Test
    void aKeyWhoseFirstRequestWasRefusedCanBeRetriedOnceTheRequestIsFixed() {
        String key = UUID.randomUUID().toString();
        String title = "Mô hình sửa rồi gửi lại " + key;
        as(DemoCallers.unitCadre()).header("Idempotency-Key", key)
                .body(Models.contentBody("no-such-campaign", title, "tóm tắt")).post("/api/v1/models")
                .then().statusCode(400);

        // the refusal rolled the claim on the key back with everything else: the corrected request is served
        draft(key, title).then().statusCode(201).header("Idempotent-Replayed", equalTo(null));
        assertEquals(1, Models.titled(title));
    }

    @Test
    void keysBelongToTheirCaller() {
        String key = UUID.randomUUID().toString();
        String title = "Mô hình hai đơn vị " + key;
        Response ours = draft(key, title);
        Response theirs = as(DemoCallers.otherUnitCadre()).header("Idempotency-Key", key)
                .body(Models.contentBody("dvk-2026", title, "tóm tắt")).post("/api/v1/models");

        assertEquals(201, theirs.statusCode());
        assertNotEquals((String) ours.path("id"), (String) theirs.path("id"));
        assertEquals(2, Models.titled(title));
    }

    @Test
    void aMalformedKeyIsRefused() {
        long before = Models.count();
        for (String key : new String[] {"x".repeat(256), "khóa tiếng Việt", "a b"}) {
            as(DemoCallers.unitCadre()).header("Idempotency-Key", key).body(Models.draftBody("dvk-2026"))
                    .post("/api/v1/models").then().statusCode(400).contentType("application/problem+json");
        }
        assertEquals(before, Models.count());
    }

    @Test
    void withoutAKeyEveryRequestCreates() {
        String title = "Mô hình không khóa " + UUID.randomUUID();
        draft(null, title).then().statusCode(201);
        draft(null, title).then().statusCode(201).header("Idempotent-Replayed", equalTo(null));
        assertEquals(2, Models.titled(title));
    }

    private static Response draft(String key, String title) {
        var request = as(DemoCallers.unitCadre()).body(Models.contentBody("dvk-2026", title, "tóm tắt"));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post("/api/v1/models");
    }
}
