package vn.dvk.registry.api;

import static vn.dvk.registry.api.IndicatorResourceTest.figures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import vn.dvk.registry.Histories;
import vn.dvk.registry.Models;
import vn.dvk.registry.Organisations;
import vn.dvk.registry.Replicas;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.policy.AccessPolicyTests;

/**
 * The registry's access policy, src/test/resources/access-policy.csv, held against the service: every operation ×
 * resource state × caller gets the status the table says; and every operation of the OpenAPI document has rows, so
 * that a new endpoint without a policy fails the build ({@link AccessPolicyTests}). Each request that changes something acts on a resource of
 * its own, so that one caller's change never decides another's status.
 */
@QuarkusTest
class RegistryAccessPolicyTest extends AccessPolicyTests {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private String submitted;
    private String draft;
    private String attachment;
    private String draftCampaign;
    private String historyImport;
    /** Models of the other unit recognised by the bloc and by its base, each taken up by a model of the unit. */
    private String blocRecognised;
    private String blocTaker;
    private String baseRecognised;
    private String baseTaker;

    @BeforeEach
    void resourcesToRead() {
        if (submitted != null) {
            return;
        }
        submitted = Models.submitted();
        draft = Models.draft();
        attachment = upload(submitted);
        blocRecognised = Replicas.recognisedOfOtherUnit("BLOC");
        blocTaker = Replicas.takenUpBy(blocRecognised);
        baseRecognised = Replicas.recognisedOfOtherUnit("BASE");
        baseTaker = Replicas.takenUpBy(baseRecognised);
        historyImport = Organisations.newId("h");
        Models.as(DemoCallers.admin()).body(Histories.smallFile(historyImport, historyImport + "-c"))
                .post("/api/v1/history-imports").then().statusCode(201);
        draftCampaign = Organisations.newId("c");
        Models.as(DemoCallers.admin()).body(CampaignResourceTest.definition(draftCampaign, DemoCallers.BLOC,
                "2026-01-01", "2026-12-31", "2026-06-30")).post("/api/v1/campaigns").then().statusCode(201);
        Models.as(DemoCallers.unitCadre()).body(figures(1, 2, 3, 3)).put("/api/v1/organisations/{id}/indicators/{p}",
                DemoCallers.UNIT, "2024-03").then().statusCode(200);
    }


    @Override
    protected Response send(String operation, String state, RequestSpecification r) {
        return switch (operation + " " + state) {
            case "listCampaigns -" -> r.get("/api/v1/campaigns");
            case "getCampaign open" -> r.get("/api/v1/campaigns/{id}", "dvk-2026");
            case "getCampaign draft" -> r.get("/api/v1/campaigns/{id}", draftCampaign);
            case "createCampaign -" -> r.body(CampaignResourceTest.definition(Organisations.newId("c"), DemoCallers.BLOC,
                    "2026-01-01", "2026-12-31", "2026-06-30")).post("/api/v1/campaigns");
            case "redefineCampaign open" -> {
                String id = CampaignResourceTest.opened("2026-01-01", "2026-12-31", "2026-06-30");
                yield r.header("If-Match", CampaignResourceTest.etag(id)).body(CampaignResourceTest.definition(id,
                        DemoCallers.BLOC, "2026-01-01", "2027-12-31", "2026-06-30")).put("/api/v1/campaigns/{id}", id);
            }
            case "openCampaign draft" -> {
                String id = Organisations.newId("c");
                Models.as(DemoCallers.admin()).body(CampaignResourceTest.definition(id, DemoCallers.BLOC, "2026-01-01",
                        "2026-12-31", "2026-06-30")).post("/api/v1/campaigns").then().statusCode(201);
                yield r.header("If-Match", CampaignResourceTest.etag(id)).post("/api/v1/campaigns/{id}/open", id);
            }
            case "closeCampaign open" -> {
                String id = CampaignResourceTest.opened("2026-01-01", "2026-12-31", "2026-06-30");
                yield r.header("If-Match", CampaignResourceTest.etag(id)).post("/api/v1/campaigns/{id}/close", id);
            }
            case "listModels -" -> r.get("/api/v1/models");
            case "draftModel -" -> r.body(Models.draftBody("dvk-2026")).post("/api/v1/models");
            case "getModel submitted" -> r.get("/api/v1/models/{id}", submitted);
            case "getModel draft" -> r.get("/api/v1/models/{id}", draft);
            case "listModelVersions submitted" -> r.get("/api/v1/models/{id}/versions", submitted);
            case "listModelVersions draft" -> r.get("/api/v1/models/{id}/versions", draft);
            case "getModelVersion submitted" -> r.get("/api/v1/models/{id}/versions/1", submitted);
            case "diffModelVersions submitted" -> r.get("/api/v1/models/{id}/diff?from=1&to=1", submitted);
            case "editModel draft" -> withTag(r, Models.draft()).body(Models.draftBody("dvk-2026"))
                    .put("/api/v1/models/{id}", lastId);
            case "editModel submitted" -> withTag(r, Models.submitted()).body(Models.draftBody("dvk-2026"))
                    .put("/api/v1/models/{id}", lastId);
            case "submitModel draft" -> withTag(r, Models.draft()).post("/api/v1/models/{id}/submit", lastId);
            case "withdrawModel submitted" -> withTag(r, Models.submitted()).body("{\"reason\":\"thử\"}")
                    .post("/api/v1/models/{id}/withdraw", lastId);
            case "listAttachments submitted" -> r.get("/api/v1/models/{id}/attachments", submitted);
            case "downloadAttachment submitted" -> r.get("/api/v1/models/{id}/attachments/{a}/content", submitted,
                    attachment);
            case "listProgress submitted" -> r.get("/api/v1/models/{id}/progress", submitted);
            case "attachToModel submitted" -> r.contentType("multipart/form-data")
                    .multiPart("file", "a.pdf", PDF, "application/pdf").post("/api/v1/models/{id}/attachments", submitted);
            case "reportProgress submitted" -> r.body("{\"reportedOn\": \"2026-06-30\", \"text\": \"Đã làm\"}")
                    .post("/api/v1/models/{id}/progress", submitted);
            case "removeAttachment draft" -> {
                String model = Models.draft();
                yield r.delete("/api/v1/models/{id}/attachments/{a}", model, upload(model));
            }
            case "registerReplication bloc-recognised" -> r.body(Replicas.body(blocRecognised, "2026-07-01"))
                    .post("/api/v1/models/{id}/replicates", Models.submitted());
            case "listReplicated bloc-recognised" -> r.get("/api/v1/models/{id}/replicates", blocTaker);
            case "getReplication bloc-recognised" -> r.get("/api/v1/models/{id}/replicates/{s}", blocTaker,
                    blocRecognised);
            case "getReplication base-recognised" -> r.get("/api/v1/models/{id}/replicates/{s}", baseTaker,
                    baseRecognised);
            case "recordReplicationResult bloc-recognised" -> {
                String model = Replicas.takenUpBy(blocRecognised);
                String etag = Models.as(DemoCallers.unitCadre()).get("/api/v1/models/{id}/replicates/{s}", model,
                        blocRecognised).header("ETag");
                yield r.header("If-Match", etag).body("{\"result\": \"Đã áp dụng\", \"resultOn\": \"2026-08-01\"}")
                        .put("/api/v1/models/{id}/replicates/{s}/result", model, blocRecognised);
            }
            case "listReplicas bloc-recognised" -> r.get("/api/v1/models/{id}/replicas", blocRecognised);
            case "listReplicas base-recognised" -> r.get("/api/v1/models/{id}/replicas", baseRecognised);
            case "listNotifications -" -> r.get("/api/v1/notifications");
            case "streamNotifications -" -> r.header("Last-Event-ID", "x").get("/api/v1/notifications/stream");
            case "listOrganisations -" -> r.get("/api/v1/organisations");
            case "getOrganisation base" -> r.get("/api/v1/organisations/{id}", DemoCallers.BASE);
            case "getOrganisation unknown" -> r.get("/api/v1/organisations/{id}", "ag-nowhere");
            case "exportOrganisations -" -> r.get("/api/v1/organisations/export");
            case "importHistory -" -> {
                String id = Organisations.newId("h");
                yield r.body(Histories.smallFile(id, id + "-c")).post("/api/v1/history-imports");
            }
            case "getHistoryTemplate -" -> r.get("/api/v1/history-imports/template.xlsx");
            case "getHistoryImport -" -> r.get("/api/v1/history-imports/{id}", historyImport);
            case "createOrganisation -" -> {
                String id = Organisations.newId("t");
                yield r.body(Organisations.body(id, "UNIT", "Chính sách", id.toUpperCase(), DemoCallers.BASE))
                        .post("/api/v1/organisations");
            }
            case "importOrganisations -" -> r.body("""
                    {"organisations": [{"id": "%s", "kind": "UNIT", "name": "Nhập", "parentId": "%s"}]}"""
                    .formatted(Organisations.newId("t"), DemoCallers.BASE)).post("/api/v1/organisations/import");
            case "renameOrganisation active" -> withOrganisationTag(r, Organisations.create("UNIT", DemoCallers.BASE))
                    .body("{\"name\": \"Đổi tên\"}").post("/api/v1/organisations/{id}/rename", lastId);
            case "moveOrganisation active" -> withOrganisationTag(r, Organisations.create("UNIT", DemoCallers.BASE))
                    .body("{\"parentId\": \"" + DemoCallers.OTHER_BASE + "\"}")
                    .post("/api/v1/organisations/{id}/move", lastId);
            case "deactivateOrganisation active" -> withOrganisationTag(r, Organisations.create("UNIT",
                    DemoCallers.BASE)).post("/api/v1/organisations/{id}/deactivate", lastId);
            case "reactivateOrganisation inactive" -> {
                String id = Organisations.create("UNIT", DemoCallers.BASE);
                Models.as(DemoCallers.admin()).header("If-Match", Organisations.etag(id))
                        .post("/api/v1/organisations/{id}/deactivate", id).then().statusCode(200);
                yield withOrganisationTag(r, id).post("/api/v1/organisations/{id}/reactivate", id);
            }
            case "reportIndicators unit" -> r.body(figures(1, 2, 3, 3))
                    .put("/api/v1/organisations/{id}/indicators/{p}", DemoCallers.UNIT, "2024-01");
            case "getIndicators unit" -> r.get("/api/v1/organisations/{id}/indicators/{p}", DemoCallers.UNIT, "2024-03");
            case "listIndicators unit" -> r.get("/api/v1/organisations/{id}/indicators", DemoCallers.UNIT);
            case "listIndicators base" -> r.get("/api/v1/organisations/{id}/indicators", DemoCallers.BASE);
            case "readRegistryAuditTrail -" -> r.get("/api/v1/registry-audit");
            case "listDeadLetters -" -> r.get("/api/v1/registry-dead-letters");
            case "replayDeadLetters -" -> r.post("/api/v1/registry-dead-letters/replay?id=none");
            default -> throw new IllegalArgumentException("No request for " + operation + " [" + state + "]");
        };
    }

    /** The id of the resource the last change was made on (read by the case that made it). */
    private String lastId;

    private RequestSpecification withTag(RequestSpecification r, String modelId) {
        lastId = modelId;
        return r.header("If-Match", Models.etag(modelId));
    }

    private RequestSpecification withOrganisationTag(RequestSpecification r, String organisationId) {
        lastId = organisationId;
        return r.header("If-Match", Organisations.etag(organisationId));
    }

    private static String upload(String model) {
        return Models.as(DemoCallers.unitCadre()).contentType("multipart/form-data")
                .multiPart("file", "a.pdf", PDF, "application/pdf")
                .post("/api/v1/models/{id}/attachments", model).then().statusCode(201).extract().path("id");
    }
}
