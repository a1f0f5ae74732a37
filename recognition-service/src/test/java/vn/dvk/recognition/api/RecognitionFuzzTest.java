package vn.dvk.recognition.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dvk.recognition.CaseActions;
import vn.dvk.recognition.Campaigns;
import vn.dvk.recognition.Councils;
import vn.dvk.recognition.Decisions;
import vn.dvk.recognition.Submissions;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.fuzz.FuzzReport;
import vn.dvk.testing.fuzz.Fuzzer;
import vn.dvk.testing.fuzz.Isolated;
import vn.dvk.testing.fuzz.KnownValues;
import vn.dvk.testing.fuzz.StateDigest;

/**
 * Every operation of the recognition service's OpenAPI document, driven with generated requests by every kind of
 * caller ({@link Fuzzer}): no 5xx, every refusal problem+json, no change of state after a refusal. The report goes
 * to target/fuzz-report.md; {@code -Ddvk.fuzz.tries=10000} makes it the long run.
 */
@QuarkusTest
@TestProfile(Isolated.class)
class RecognitionFuzzTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyOperationAnswersGeneratedRequestsCleanly() {
        String campaign = "fuzz-2026";
        Campaigns.open(campaign, "BASE", "BLOC", "PROVINCE");
        List<String> cases = Submissions.casesAtBase(campaign, 2);
        String base = DemoCallers.reviewer(DemoCallers.BASE);
        String decision = Decisions.issue(base, Decisions.body("7-QĐ/ĐU-fuzz", "BASE", List.of(cases.get(0))))
                .statusCode(201).extract().path("id");
        CaseActions.act(base, cases.get(0), "NOMINATE", null).statusCode(200).body("level", equalTo("BLOC"));
        String certificate = given().auth().oauth2(base).get("/api/v1/cases/{id}/certificates", cases.get(0))
                .then().statusCode(200).extract().path("[0].id");
        String council = given().auth().oauth2(DemoCallers.admin()).contentType(ContentType.JSON)
                .body(Councils.bloc(campaign)).post("/api/v1/councils").then()
                .statusCode(201).extract().path("id");
        String[] organisations = {DemoCallers.UNIT, DemoCallers.BASE, DemoCallers.BLOC, DemoCallers.PROVINCE,
                "ag-tu-lx", "kg"};
        KnownValues known = new KnownValues()
                .with("cases/{modelId}", cases.toArray(String[]::new))
                .with("modelId", cases.toArray(String[]::new))
                .with("modelIds", cases.toArray(String[]::new))
                .with("decisions/{id}", decision)
                .with("certificates/{id}", certificate)
                .with("councils/{id}", council)
                .with("campaignId", campaign, "dvk-2026")
                .with("unitId", organisations)
                .with("subjectId", cases.get(0), decision);
        FuzzReport report = Fuzzer.of(URI.create("http://localhost:" + RestAssured.port), "recognition-service")
                .knowing(known)
                // the directory of reviewers records whoever calls with a reviewer's token, refused or not: who was
                // seen, not what a request changed
                .checkingState(StateDigest.of(dataSource, "recognition", Set.of("reviewer")))
                .run()
                .writeTo(Path.of("target/fuzz-report.md"));
        report.assertNoViolations();
    }
}
