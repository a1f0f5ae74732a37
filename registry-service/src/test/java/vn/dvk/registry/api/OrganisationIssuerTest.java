package vn.dvk.registry.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvk.registry.Models;
import vn.dvk.registry.Organisations;
import vn.dvk.registry.domain.Organisation;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.EventSchemas;
import vn.dvk.testing.TopicProbe;

/**
 * Each deciding organisation records how its committee heads and signs documents: set on create, changed by a
 * rename (reported as renamed), carried in the events, refused when incomplete or given to a unit.
 */
@QuarkusTest
class OrganisationIssuerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ISSUER = """
            {"committee": "Đảng ủy Sở Xây dựng", "decidingBody": "Ban Thường vụ Đảng ủy Sở Xây dựng",
             "onBehalfOf": "T/M BAN THƯỜNG VỤ", "signerTitle": "BÍ THƯ", "place": "An Giang"}""";

    @Test
    void aBaseRecordsItsIssuerOnCreateAndARenameChangesIt() throws Exception {
        String id = Organisations.newId("t");
        Models.as(DemoCallers.admin()).body(withIssuer(id, "BASE", DemoCallers.BLOC, ISSUER))
                .post("/api/v1/organisations").then().statusCode(201)
                .body("issuer.decidingBody", equalTo("Ban Thường vụ Đảng ủy Sở Xây dựng"))
                .body("issuer.onBehalfOf", equalTo("T/M BAN THƯỜNG VỤ"));

        // a rename that leaves the issuer out keeps it; one that sends it replaces it
        Models.as(DemoCallers.admin()).header("If-Match", Organisations.etag(id))
                .body("{\"name\": \"Đảng bộ Sở Xây dựng tỉnh An Giang\"}")
                .post("/api/v1/organisations/{id}/rename", id).then().statusCode(200)
                .body("issuer.committee", equalTo("Đảng ủy Sở Xây dựng"));
        Models.as(DemoCallers.admin()).header("If-Match", Organisations.etag(id))
                .body("{\"name\": \"Đảng bộ Sở Xây dựng tỉnh An Giang\", \"issuer\": {\"committee\": "
                        + "\"Đảng ủy Sở Xây dựng\", \"decidingBody\": \"Đảng ủy Sở Xây dựng\", "
                        + "\"onBehalfOf\": \"T/M ĐẢNG ỦY\", \"signerTitle\": \"PHÓ BÍ THƯ\"}}")
                .post("/api/v1/organisations/{id}/rename", id).then().statusCode(200)
                .body("issuer.onBehalfOf", equalTo("T/M ĐẢNG ỦY")).body("issuer.place", nullValue());

        List<TopicProbe.Event> events = Organisations.awaitEvents(id, 3);
        assertEquals(List.of("dvk.registry.organisation.created.v1", "dvk.registry.organisation.renamed.v1",
                "dvk.registry.organisation.renamed.v1"), events.stream().map(TopicProbe.Event::type).toList());
        events.forEach(event -> EventSchemas.assertValid("registry-service", event.type(), event.value()));
        JsonNode created = JSON.readTree(events.get(0).value());
        assertEquals("Ban Thường vụ Đảng ủy Sở Xây dựng", created.at("/organisation/issuer/decidingBody").asText());
        assertEquals("An Giang", created.at("/organisation/issuer/place").asText());
        JsonNode reissued = JSON.readTree(events.get(2).value());
        assertEquals("PHÓ BÍ THƯ", reissued.at("/organisation/issuer/signerTitle").asText());
        assertEquals("BÍ THƯ", reissued.at("/previous/issuer/signerTitle").asText());
        Organisation stored = Organisations.stored(id);
        assertEquals("T/M ĐẢNG ỦY", stored.issuerOnBehalfOf);
        assertNull(stored.issuerPlace);
    }

    @Test
    void theDemoTreeNamesTheBodiesThatDecide() {
        Models.as(DemoCallers.admin()).get("/api/v1/organisations/{id}", DemoCallers.PROVINCE).then().statusCode(200)
                .body("issuer.decidingBody", equalTo("Ban Thường vụ Tỉnh ủy"))
                .body("issuer.committee", equalTo("Tỉnh ủy An Giang"));
        Models.as(DemoCallers.admin()).get("/api/v1/organisations/{id}", "ag-dukcqdn").then().statusCode(200)
                .body("issuer.decidingBody", equalTo("Ban Thường vụ Đảng ủy Khối các Cơ quan và Doanh nghiệp tỉnh"))
                .body("issuer.onBehalfOf", equalTo("T/M BAN THƯỜNG VỤ")).body("issuer.place", equalTo("An Giang"));
    }

    @Test
    void anIncompleteIssuerOrOneForAUnitIsRefusedAndSavesNothing() {
        long before = Organisations.count();
        String id = Organisations.newId("t");
        Models.as(DemoCallers.admin()).body(withIssuer(id, "BASE", DemoCallers.BLOC,
                        "{\"committee\": \"Đảng ủy Sở Xây dựng\", \"onBehalfOf\": \"\", \"signerTitle\": \"BÍ THƯ\"}"))
                .post("/api/v1/organisations").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("decidingBody"))
                .body("violations.field", hasItem("onBehalfOf"));
        Models.as(DemoCallers.admin()).body(withIssuer(id, "UNIT", DemoCallers.BASE, ISSUER))
                .post("/api/v1/organisations").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("issuer"))
                .body("violations.message", hasItem(containsString("không ban hành văn bản")));
        assertEquals(before, Organisations.count());

        String unit = Organisations.create("UNIT", DemoCallers.BASE);
        Models.as(DemoCallers.admin()).header("If-Match", Organisations.etag(unit))
                .body("{\"name\": \"Khoa Dược\", \"issuer\": " + ISSUER + "}")
                .post("/api/v1/organisations/{id}/rename", unit).then().statusCode(400)
                .body("violations.field", hasItem("issuer"));
        assertNull(Organisations.stored(unit).issuerCommittee);
        assertEquals("Đơn vị thử " + unit, Organisations.stored(unit).name);
    }

    private static String withIssuer(String id, String kind, String parentId, String issuer) {
        return """
                {"id": "%s", "kind": "%s", "name": "Đảng bộ Sở Xây dựng", "code": "%s", "parentId": "%s",
                 "issuer": %s}""".formatted(id, kind, id.toUpperCase(), parentId, issuer);
    }
}
