package vn.dvk.recognition.certificates;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dvk.recognition.Campaigns;
import vn.dvk.recognition.Decisions;
import vn.dvk.recognition.TreeEvents;
import vn.dvk.recognition.documents.DocumentSamples;

/**
 * An individual's exemplar, submitted with the person's name, is recognised on a certificate that names the person
 * and their unit, and listed so in the decision's annex; a collective's model in the same decision names its unit.
 */
@QuarkusTest
class IndividualExemplarCertificateTest {

    private static final String PERSON = "Nguyễn Thị Hồng Nhung";
    private static final String UNIT = "Hội Liên hiệp Phụ nữ xã Kiến An";

    @Test
    void theCertificateOfAnIndividualExemplarNamesThePerson() {
        String base = "ag-t-" + UUID.randomUUID().toString().substring(0, 8);
        String campaign = "person-" + UUID.randomUUID().toString().substring(0, 8);
        Campaigns.open(campaign, "BASE", "BLOC");
        String exemplar = UUID.randomUUID().toString();
        String collective = UUID.randomUUID().toString();
        TreeEvents.submitted(base, exemplar, campaign, "EXEMPLAR", "INDIVIDUAL", "\"" + PERSON + "\"");
        TreeEvents.submitted(base, collective, campaign, "MODEL", "COLLECTIVE", "null");
        String reviewer = TreeEvents.reviewer(base);
        String number = "9-QĐ/ĐU-" + campaign;
        String decision = Decisions.issue(reviewer, Decisions.body(number, "BASE", List.of(exemplar, collective)))
                .statusCode(201).extract().path("id");

        List<String> person = certificate(reviewer, exemplar);
        int named = person.indexOf("của đồng chí " + PERSON);
        assertTrue(named > 0, String.join("\n", person));
        assertEquals(UNIT, person.get(named + 1), String.join("\n", person));

        List<String> unit = certificate(reviewer, collective);
        assertTrue(unit.contains("của " + UNIT), String.join("\n", unit));
        assertFalse(String.join("\n", unit).contains(PERSON), String.join("\n", unit));

        List<String> annex = DocumentSamples.docxLines(given().auth().oauth2(reviewer).queryParam("format", "docx")
                .get("/api/v1/decisions/{id}/document", decision).then().statusCode(200).extract().asByteArray());
        assertTrue(annex.stream().anyMatch(row -> row.endsWith("\tĐiển hình\t" + PERSON + ", " + UNIT)),
                String.join("\n", annex));
        assertTrue(annex.stream().anyMatch(row -> row.endsWith("\tMô hình\t" + UNIT)), String.join("\n", annex));
    }

    private static List<String> certificate(String token, String model) {
        String id = given().auth().oauth2(token).get("/api/v1/cases/{id}/certificates", model).then()
                .statusCode(200).extract().path("[0].id");
        return DocumentSamples.lines(given().auth().oauth2(token).get("/api/v1/certificates/{id}/pdf", id).then()
                .statusCode(200).extract().asByteArray());
    }
}
