package vn.dvk.registry.api;

import static vn.dvk.registry.CallerMatrix.ADMIN;
import static vn.dvk.registry.CallerMatrix.ANONYMOUS;
import static vn.dvk.registry.CallerMatrix.AUDITOR;
import static vn.dvk.registry.CallerMatrix.OPERATOR;
import static vn.dvk.registry.CallerMatrix.OTHER_PROVINCE_ADMIN;
import static vn.dvk.registry.CallerMatrix.check;
import static vn.dvk.registry.CallerMatrix.expect;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dvk.registry.CallerMatrix;
import vn.dvk.registry.CallerMatrix.Call;
import vn.dvk.registry.Organisations;
import vn.dvk.testing.DemoCallers;

/**
 * Every organisation endpoint against every kind of caller. Everyone with a role that reads sees their own
 * province's tree; only its admins change it; another province's organisations do not exist for them (404).
 */
@QuarkusTest
class OrganisationAccessMatrixTest {

    /** Reads: every reading role, in its own province. */
    private static final Map<String, Integer> READING_OWN_PROVINCE = expect(200, Map.of(OPERATOR, 403, ANONYMOUS, 401));

    /** An organisation of An Giang: its callers read it, Kiên Giang's admin gets 404. */
    private static final Map<String, Integer> READING_AN_GIANG =
            expect(200, Map.of(OTHER_PROVINCE_ADMIN, 404, OPERATOR, 403, ANONYMOUS, 401));

    /** A change to an An Giang organisation: its admin only; Kiên Giang's cannot see it. */
    private static Map<String, Integer> changing(int asAdmin) {
        return expect(403, Map.of(ADMIN, asAdmin, OTHER_PROVINCE_ADMIN, 404, ANONYMOUS, 401));
    }

    @Test
    void reading() {
        check("GET list", READING_OWN_PROVINCE, r -> r.get("/api/v1/organisations"));
        check("GET one", READING_AN_GIANG, r -> r.get("/api/v1/organisations/{id}", DemoCallers.BASE));
        check("GET one that does not exist", expect(404, Map.of(OPERATOR, 403, ANONYMOUS, 401)),
                r -> r.get("/api/v1/organisations/{id}", "ag-nowhere"));
        check("GET export", expect(403, Map.of(ADMIN, 200, OTHER_PROVINCE_ADMIN, 200, AUDITOR, 200, ANONYMOUS, 401)),
                r -> r.get("/api/v1/organisations/export"));
    }

    @Test
    void creatingAndImporting() {
        // Kiên Giang's admin names an An Giang parent: no such organisation in their province
        Map<String, Integer> creating = expect(403, Map.of(ADMIN, 201, OTHER_PROVINCE_ADMIN, 400, ANONYMOUS, 401));
        check("POST organisation", creating, r -> {
            String id = Organisations.newId("t");
            return r.body(Organisations.body(id, "UNIT", "Ma trận", id.toUpperCase(), DemoCallers.BASE))
                    .post("/api/v1/organisations");
        });
        check("POST import", expect(403, Map.of(ADMIN, 200, OTHER_PROVINCE_ADMIN, 400, ANONYMOUS, 401)),
                r -> r.body("{\"organisations\": [{\"id\": \"%s\", \"kind\": \"UNIT\", \"name\": \"Nhập\", \"parentId\": \"%s\"}]}"
                        .formatted(Organisations.newId("t"), DemoCallers.BASE)).post("/api/v1/organisations/import"));
    }

    @Test
    void changing() {
        // each caller acts on an organisation of its own, so that one caller's change never decides another's
        check("rename", changing(200), r -> withCurrentTag(r, Organisations.create("UNIT", DemoCallers.BASE))
                .body("{\"name\": \"Đổi tên\"}").post("/api/v1/organisations/{id}/rename", r.id));
        check("move", changing(200), r -> withCurrentTag(r, Organisations.create("UNIT", DemoCallers.BASE))
                .body("{\"parentId\": \"" + DemoCallers.OTHER_BASE + "\"}").post("/api/v1/organisations/{id}/move", r.id));
        check("deactivate", changing(200), r -> withCurrentTag(r, Organisations.create("UNIT", DemoCallers.BASE))
                .post("/api/v1/organisations/{id}/deactivate", r.id));
        check("reactivate (an active one: nothing to do)", changing(200),
                r -> withCurrentTag(r, Organisations.create("UNIT", DemoCallers.BASE))
                        .post("/api/v1/organisations/{id}/reactivate", r.id));
    }

    private static RequestSpecification withCurrentTag(Call call, String id) {
        call.id = id;
        return call.request.header("If-Match", Organisations.etag(id));
    }
}
