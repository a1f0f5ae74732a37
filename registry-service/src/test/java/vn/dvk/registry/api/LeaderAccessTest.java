package vn.dvk.registry.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dvk.registry.Models;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.fuzz.StateDigest;
import vn.dvk.testing.policy.ReadOnlyRole;

/**
 * A committee's leader (role {@code leader}: Trưởng ban, Bí thư) reads what is under their organisation and acts on
 * nothing: each of the registry's changing operations answers 403, on a model, an organisation and a campaign the
 * leader sees, and leaves every table and the outbox as they were.
 */
@QuarkusTest
class LeaderAccessTest {

    private static final List<String> LEADERS_ON_THE_PATH = List.of(DemoCallers.PROVINCE, DemoCallers.BLOC,
            DemoCallers.BASE);

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aLeaderReadsTheModelsAndFiguresOfTheirSubtreeOnly() {
        String model = Models.submitted();
        for (String organisation : LEADERS_ON_THE_PATH) {
            String leader = DemoCallers.leader(organisation);
            given().auth().oauth2(leader).get("/api/v1/models/{id}", model).then().statusCode(200);
            given().auth().oauth2(leader).get("/api/v1/models/{id}/versions", model).then().statusCode(200);
            given().auth().oauth2(leader).get("/api/v1/models?limit=100").then().statusCode(200)
                    .body("items.id", hasItem(model));
            given().auth().oauth2(leader).get("/api/v1/organisations/{id}/indicators", DemoCallers.UNIT).then()
                    .statusCode(200);
        }
        // another bloc's leader: the model and the unit's figures do not exist for them
        String beside = DemoCallers.leader(DemoCallers.OTHER_BLOC);
        given().auth().oauth2(beside).get("/api/v1/models/{id}", model).then().statusCode(404);
        given().auth().oauth2(beside).get("/api/v1/models?limit=100").then().statusCode(200)
                .body("items.id", not(hasItem(model)));
        given().auth().oauth2(beside).get("/api/v1/organisations/{id}/indicators", DemoCallers.UNIT).then()
                .statusCode(404);
        // a draft is its unit's alone, and the audit trail the auditors'
        given().auth().oauth2(DemoCallers.leader(DemoCallers.PROVINCE)).get("/api/v1/models/{id}", Models.draft())
                .then().statusCode(404);
        given().auth().oauth2(DemoCallers.leader(DemoCallers.PROVINCE)).get("/api/v1/registry-audit").then()
                .statusCode(403);
    }

    @Test
    void aLeaderChangesNothing() {
        String model = Models.submitted();
        StateDigest state = StateDigest.of(dataSource, "registry", Set.of());
        for (String organisation : LEADERS_ON_THE_PATH) {
            int sent = ReadOnlyRole.assertChangesNothing(URI.create("http://localhost:" + RestAssured.port),
                    DemoCallers.leader(organisation), template -> template
                            .replace("/models/{id}", "/models/" + model)
                            .replace("/organisations/{id}", "/organisations/" + DemoCallers.UNIT)
                            .replace("/campaigns/{id}", "/campaigns/dvk-2026"),
                    state, ReadOnlyRole.outbox(dataSource, "registry"));
            assertTrue(sent >= 15, "changing operations sent: " + sent);
        }
    }
}
