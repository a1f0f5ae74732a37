package vn.dvk.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.dvk.testing.OpenApiDocument;

/**
 * The packaged services (what the launcher and the images run) carry the OpenAPI documents the web app's client was
 * generated from: deploy/contracts' copies. Each service's OpenApiTest compares what it serves in test mode; this
 * compares what its production build wrote, in case a setting of another profile changes the document.
 */
class PackagedApiDocumentsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"registry-service", "recognition-service", "reporting-service"})
    void thePackagedServiceDocumentsTheContractsApi(String service) throws IOException {
        JsonNode packaged = OpenApiDocument.withoutDeploymentValues(
                JSON.readTree(Path.of("../..", service, "target/openapi/openapi.json").toFile()));
        assertEquals(OpenApiDocument.withoutDeploymentValues(OpenApiDocument.contractCopy(service)), packaged,
                service + "'s build documents another API than deploy/contracts' copy: run its OpenApiTest with "
                        + "-Ddvk.openapi.accept and commit the copy");
    }
}
