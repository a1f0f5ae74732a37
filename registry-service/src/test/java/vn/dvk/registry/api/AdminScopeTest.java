package vn.dvk.registry.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import vn.dvk.registry.Models;
import vn.dvk.registry.Organisations;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.TestTokens;

/**
 * One rule decides what an admin administers, their organisation's subtree, for organisations, campaigns and
 * monthly figures alike. Admins at the province, a bloc and a base of An Giang, and Kiên Giang's, each act on
 * something under the base, under another base of the bloc, and under another bloc. What they see but do not
 * administer answers 403 for organisations and campaigns (the province's tree and campaigns are theirs to read);
 * figures out of reach, and anything of another province, answer 404.
 */
@QuarkusTest
class AdminScopeTest {

    private static final String OTHER_BLOC = "ag-tu-lx";
    private static final String BASE_OF_OTHER_BLOC = "ag-tu-lx-my-binh";

    /** The admins, by where they sit. */
    private static Map<String, String> admins() {
        Map<String, String> admins = new LinkedHashMap<>();
        admins.put("province admin", DemoCallers.admin());
        admins.put("bloc admin", TestTokens.token("bloc.admin", DemoCallers.BLOC, "admin"));
        admins.put("base admin", TestTokens.token("base.admin", DemoCallers.BASE, "admin"));
        admins.put("other province's admin", TestTokens.token("kg.admin", "kg", "admin"));
        return admins;
    }

    /** The statuses of the province, bloc, base and other province's admins, in that order. */
    private static List<Integer> statuses(int province, int bloc, int base, int otherProvince) {
        return List.of(province, bloc, base, otherProvince);
    }

    @Test
    void organisationsAreCreatedUnderAndChangedWithinTheCallersSubtree() {
        // a unit under the base, under another base of the bloc, under a base of another bloc
        check("create under the base", statuses(201, 201, 201, 400), (admin, token) -> create(token, DemoCallers.BASE));
        check("create under another base", statuses(201, 201, 403, 400),
                (admin, token) -> create(token, DemoCallers.OTHER_BASE));
        check("create under another bloc", statuses(201, 403, 403, 400),
                (admin, token) -> create(token, BASE_OF_OTHER_BLOC));

        check("rename under the base", statuses(200, 200, 200, 404),
                (admin, token) -> rename(token, Organisations.create("UNIT", DemoCallers.BASE)));
        check("rename under another base", statuses(200, 200, 403, 404),
                (admin, token) -> rename(token, Organisations.create("UNIT", DemoCallers.OTHER_BASE)));
        check("rename under another bloc", statuses(200, 403, 403, 404),
                (admin, token) -> rename(token, Organisations.create("UNIT", BASE_OF_OTHER_BLOC)));
        // a move needs both ends in reach: from the base to another base of the bloc
        check("move from the base to another base", statuses(200, 200, 403, 404), (admin, token) -> {
            String unit = Organisations.create("UNIT", DemoCallers.BASE);
            return Models.as(token).header("If-Match", Organisations.etag(unit))
                    .body("{\"parentId\": \"" + DemoCallers.OTHER_BASE + "\"}")
                    .post("/api/v1/organisations/{id}/move", unit);
        });
        check("import under another bloc", statuses(200, 403, 403, 400), (admin, token) -> Models.as(token)
                .body("{\"organisations\": [{\"id\": \"%s\", \"kind\": \"UNIT\", \"name\": \"Nhập\", \"parentId\": \"%s\"}]}"
                        .formatted(Organisations.newId("t"), BASE_OF_OTHER_BLOC))
                .post("/api/v1/organisations/import"));
    }

    @Test
    void campaignsAreLaunchedAndChangedWithinTheCallersSubtree() {
        check("create, launched by the bloc", statuses(201, 201, 403, 400),
                (admin, token) -> createCampaign(token, Organisations.newId("c"), DemoCallers.BLOC));
        check("create, launched by another bloc", statuses(201, 403, 403, 400),
                (admin, token) -> createCampaign(token, Organisations.newId("c"), OTHER_BLOC));
        check("open, launched by the bloc", statuses(200, 200, 403, 404),
                (admin, token) -> open(token, draft(DemoCallers.BLOC)));
        check("open, launched by another bloc", statuses(200, 403, 403, 404),
                (admin, token) -> open(token, draft(OTHER_BLOC)));
    }

    @Test
    void figuresAreReportedWithinTheCallersSubtree() {
        String figures = IndicatorResourceTest.figures(1, 2, 3, 3);
        String path = "/api/v1/organisations/{id}/indicators/{period}";
        check("report under the base", statuses(200, 200, 200, 404),
                (admin, token) -> Models.as(token).body(figures).put(path, DemoCallers.UNIT, "2023-11"));
        check("report under another base", statuses(200, 200, 404, 404),
                (admin, token) -> Models.as(token).body(figures).put(path, DemoCallers.OTHER_UNIT, "2023-11"));
        check("report under another bloc", statuses(200, 404, 404, 404),
                (admin, token) -> Models.as(token).body(figures).put(path, "ag-tu-lx-my-binh-mttq", "2023-11"));
    }

    private static Response create(String token, String parentId) {
        String id = Organisations.newId("t");
        return Models.as(token).body(Organisations.body(id, "UNIT", "Phạm vi " + id, id.toUpperCase(), parentId))
                .post("/api/v1/organisations");
    }

    private static Response rename(String token, String id) {
        return Models.as(token).header("If-Match", Organisations.etag(id)).body("{\"name\": \"Đổi tên\"}")
                .post("/api/v1/organisations/{id}/rename", id);
    }

    private static Response createCampaign(String token, String id, String launcher) {
        return Models.as(token).body(CampaignResourceTest.definition(id, launcher, "2026-01-01", "2026-12-31",
                "2026-06-30")).post("/api/v1/campaigns");
    }

    /** A draft campaign the province's admin prepared; returns its id. */
    private static String draft(String launcher) {
        String id = Organisations.newId("c");
        createCampaign(DemoCallers.admin(), id, launcher).then().statusCode(201);
        return id;
    }

    private static Response open(String token, String id) {
        return Models.as(token).header("If-Match", CampaignResourceTest.etag(id))
                .post("/api/v1/campaigns/{id}/open", id);
    }

    /** Sends the request as each admin; fails naming each whose status differs. */
    private static void check(String what, List<Integer> expected, BiFunction<String, String, Response> send) {
        List<String> wrong = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, String> admin : admins().entrySet()) {
            Response response = send.apply(admin.getKey(), admin.getValue());
            int want = expected.get(i++);
            if (response.statusCode() != want) {
                wrong.add(admin.getKey() + ": " + response.statusCode() + " (expected " + want + ")");
            } else if (want >= 400) {
                assertEquals("application/problem+json", response.contentType(), what + " by " + admin.getKey());
            }
        }
        assertEquals(List.of(), wrong, what);
    }
}
