package vn.dvk.registry.api;

import static vn.dvk.registry.CallerMatrix.ANONYMOUS;
import static vn.dvk.registry.CallerMatrix.OPERATOR;
import static vn.dvk.registry.CallerMatrix.OTHER_BASE;
import static vn.dvk.registry.CallerMatrix.OTHER_BLOC;
import static vn.dvk.registry.CallerMatrix.OTHER_BLOC_LEADER;
import static vn.dvk.registry.CallerMatrix.OTHER_PROVINCE_ADMIN;
import static vn.dvk.registry.CallerMatrix.OTHER_UNIT;
import static vn.dvk.registry.CallerMatrix.UNIT;
import static vn.dvk.registry.CallerMatrix.check;
import static vn.dvk.registry.CallerMatrix.expect;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dvk.registry.CallerMatrix;
import vn.dvk.registry.CallerMatrix.Call;
import vn.dvk.registry.Models;

/**
 * Every model endpoint against every kind of caller, with the exact status each must get. A caller who may not see
 * a model gets 404 exactly as for a model that does not exist; a caller who may see it but lacks the role to change
 * it gets 403; no token, 401.
 */
@QuarkusTest
class ModelAccessMatrixTest {

    /** Who sees a submitted model: its unit and the organisations on its path, in roles that read models. */
    private static Map<String, Integer> readingSubmitted() {
        return expect(200, Map.of(OTHER_UNIT, 404, OTHER_BASE, 404, OTHER_BLOC, 404, OTHER_BLOC_LEADER, 404,
                OTHER_PROVINCE_ADMIN, 404, OPERATOR, 403, ANONYMOUS, 401));
    }

    /** A draft is its unit's alone. */
    private static Map<String, Integer> readingDraft() {
        return expect(404, Map.of(UNIT, 200, OPERATOR, 403, ANONYMOUS, 401));
    }

    /** Changes: the unit's submitters only; other roles are refused before anything is looked up. */
    private static Map<String, Integer> changing(int asOwner) {
        return expect(403, Map.of(UNIT, asOwner, OTHER_UNIT, 404, ANONYMOUS, 401));
    }

    @Test
    void readingAModel() {
        String submitted = Models.submitted();
        String draft = Models.draft();
        check("GET submitted model", readingSubmitted(), r -> r.get("/api/v1/models/{id}", submitted));
        check("GET its versions", readingSubmitted(), r -> r.get("/api/v1/models/{id}/versions", submitted));
        check("GET its version 1", readingSubmitted(), r -> r.get("/api/v1/models/{id}/versions/1", submitted));
        check("GET its diff", readingSubmitted(), r -> r.get("/api/v1/models/{id}/diff?from=1&to=1", submitted));
        check("GET draft", readingDraft(), r -> r.get("/api/v1/models/{id}", draft));
        check("GET draft's versions", readingDraft(), r -> r.get("/api/v1/models/{id}/versions", draft));
    }

    @Test
    void listingAndDrafting() {
        check("GET list", expect(200, Map.of(OPERATOR, 403, ANONYMOUS, 401)), r -> r.get("/api/v1/models"));
        check("POST draft", expect(403, Map.of(UNIT, 201, OTHER_UNIT, 201, ANONYMOUS, 401)),
                r -> r.body(Models.draftBody("dvk-2026")).post("/api/v1/models"));
    }

    @Test
    void changingAModel() {
        // each caller acts on a model of its own, so that one caller's change never decides another's status
        check("PUT draft", changing(200), r -> withCurrentTag(r, Models.draft())
                .body(Models.draftBody("dvk-2026")).put("/api/v1/models/{id}", r.id));
        check("submit draft", changing(200), r -> withCurrentTag(r, Models.draft())
                .post("/api/v1/models/{id}/submit", r.id));
        check("withdraw submitted", changing(200), r -> withCurrentTag(r, Models.submitted())
                .body("{\"reason\":\"thử\"}").post("/api/v1/models/{id}/withdraw", r.id));
        check("PUT submitted (visible to reviewers, but theirs to change)", changing(409),
                r -> withCurrentTag(r, Models.submitted()).body(Models.draftBody("dvk-2026"))
                        .put("/api/v1/models/{id}", r.id));
    }

    private static RequestSpecification withCurrentTag(Call call, String id) {
        call.id = id;
        return call.request.header("If-Match", Models.etag(id));
    }
}
