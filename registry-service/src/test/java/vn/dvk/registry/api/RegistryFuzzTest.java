package vn.dvk.registry.api;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dvk.registry.Models;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.fuzz.FuzzReport;
import vn.dvk.testing.fuzz.Fuzzer;
import vn.dvk.testing.fuzz.Isolated;
import vn.dvk.testing.fuzz.KnownValues;
import vn.dvk.testing.fuzz.StateDigest;

/**
 * Every operation of the registry's OpenAPI document, driven with generated requests by every kind of caller
 * ({@link Fuzzer}): no 5xx, every refusal problem+json, no change of state after a refusal. The report goes to
 * target/fuzz-report.md; {@code -Ddvk.fuzz.tries=10000} makes it the long run.
 */
@QuarkusTest
@TestProfile(Isolated.class)
class RegistryFuzzTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyOperationAnswersGeneratedRequestsCleanly() {
        String submitted = Models.submitted();
        String draft = Models.draft();
        String attachment = Models.as(DemoCallers.unitCadre()).contentType("multipart/form-data")
                .multiPart("file", "a.pdf", PDF, "application/pdf")
                .post("/api/v1/models/{id}/attachments", submitted).then().statusCode(201).extract().path("id");
        String[] organisations = {DemoCallers.UNIT, DemoCallers.OTHER_UNIT, DemoCallers.BASE, DemoCallers.BLOC,
                DemoCallers.PROVINCE, "ag-tu-lx", "kg", "ag-nowhere"};
        KnownValues known = new KnownValues()
                .with("models/{id}", submitted, draft)
                .with("attachments/{attachmentId}", attachment)
                .with("versions/{number}", "1", "2")
                .with("campaigns/{id}", "dvk-2026", "dvk-duk-2026", "dvk-ntm-2026")
                .with("organisations/{id}", organisations)
                .with("indicators/{period}", "2026-01", "2024-02", "2026-13")
                .with("organisationId", organisations)
                .with("parentId", organisations)
                .with("campaignId", "dvk-2026", "dvk-duk-2026")
                .with("replicatesModelId", submitted)
                .with("sourceModelId", submitted)
                .with("replicates/{sourceId}", submitted)
                .with("from", "1", "2026-01-01")
                .with("to", "1", "2026-12-31");
        FuzzReport report = Fuzzer.of(URI.create("http://localhost:" + RestAssured.port), "registry-service")
                .knowing(known)
                .checkingState(StateDigest.of(dataSource, "registry", Set.of()))
                .run()
                .writeTo(Path.of("target/fuzz-report.md"));
        report.assertNoViolations();
    }
}
