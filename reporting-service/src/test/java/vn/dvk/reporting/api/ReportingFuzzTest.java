package vn.dvk.reporting.api;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.fuzz.FuzzReport;
import vn.dvk.testing.fuzz.Fuzzer;
import vn.dvk.testing.fuzz.Isolated;
import vn.dvk.testing.fuzz.KnownValues;
import vn.dvk.testing.fuzz.StateDigest;

/**
 * Every operation of the reporting service's OpenAPI document, driven with generated requests by every kind of
 * caller ({@link Fuzzer}): no 5xx, every refusal problem+json, no change of state after a refusal. The report goes
 * to target/fuzz-report.md; {@code -Ddvk.fuzz.tries=10000} makes it the long run.
 */
@QuarkusTest
@TestProfile(Isolated.class)
class ReportingFuzzTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyOperationAnswersGeneratedRequestsCleanly() {
        String[] organisations = {DemoCallers.UNIT, DemoCallers.BASE, DemoCallers.BLOC, DemoCallers.PROVINCE,
                "ag-tu-lx", "kg"};
        KnownValues known = new KnownValues()
                .with("organisationId", organisations)
                .with("provinceId", "ag", "kg")
                .with("campaignId", "dvk-2026", "dvk-duk-2026");
        FuzzReport report = Fuzzer.of(URI.create("http://localhost:" + RestAssured.port), "reporting-service")
                .knowing(known)
                // a rebuild the fuzzer started goes on in the background, recording its progress
                .checkingState(StateDigest.of(dataSource, "reporting", Set.of("projection_rebuild")))
                .run()
                .writeTo(Path.of("target/fuzz-report.md"));
        report.assertNoViolations();
    }
}
