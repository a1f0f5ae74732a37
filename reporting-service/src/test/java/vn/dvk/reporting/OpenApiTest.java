package vn.dvk.reporting;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.dvk.testing.OpenApiDocument;

/** A frontend team generates its client from /q/openapi: every operation must be named and its problems documented. */
@QuarkusTest
class OpenApiTest {

    @Test
    void everyOperationIsNamedAndDocumentsItsProblems() {
        OpenApiDocument.assertEveryOperationIsDocumented();
    }

    /** deploy/web-app builds its client from deploy/contracts' copy of this document, not from this build. */
    @Test
    void servesTheDocumentTheWebAppIsBuiltFrom() {
        OpenApiDocument.assertIsTheContract("reporting-service");
    }
}
