package vn.dvk.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Where a served OpenAPI document leaves its contract: each changed, missing and added member by its pointer. */
@Tag("unit")
class OpenApiDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void namesEachDifferenceByItsPointer() throws Exception {
        JsonNode contract = JSON.readTree("""
                {"paths": {"/models": {"get": {"operationId": "listModels", "tags": ["Models"]}},
                           "/gone": {"get": {"operationId": "gone"}}}}""");
        JsonNode served = JSON.readTree("""
                {"paths": {"/models": {"get": {"operationId": "findModels", "tags": ["Models"]}},
                           "/new": {"post": {"operationId": "added"}}}}""");
        List<String> found = new ArrayList<>();

        OpenApiDocument.differences(contract, served, "", found);

        assertEquals(List.of(
                "/paths/~1models/get/operationId: \"listModels\" -> \"findModels\"",
                "/paths/~1gone: {\"get\":{\"operationId\":\"gone\"}} -> (none)",
                "/paths/~1new: (none) -> {\"post\":{\"operationId\":\"added\"}}"), found);
    }

    @Test
    void theSameDocumentInAnotherOrderHasNoDifference() throws Exception {
        List<String> found = new ArrayList<>();
        OpenApiDocument.differences(JSON.readTree("{\"a\": 1, \"b\": [1, 2]}"), JSON.readTree("{\"b\": [1, 2], \"a\": 1}"),
                "", found);
        assertEquals(List.of(), found);
    }

    @Test
    void theDeploymentsDiscoveryAddressIsLeftOutOfACopyNotOfTheDocument() throws Exception {
        JsonNode document = JSON.readTree("""
                {"components": {"securitySchemes": {"oidc": {"type": "openIdConnect",
                    "openIdConnectUrl": "http://localhost:41234/realms/dvk/.well-known/openid-configuration"}}}}""");
        String before = document.toString();

        JsonNode stripped = OpenApiDocument.withoutDeploymentValues(document);

        assertEquals("{\"components\":{\"securitySchemes\":{\"oidc\":{\"type\":\"openIdConnect\"}}}}",
                stripped.toString());
        assertEquals(before, document.toString());
    }
}
