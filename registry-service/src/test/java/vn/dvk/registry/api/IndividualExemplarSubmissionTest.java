package vn.dvk.registry.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.dvk.registry.Models;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.EventSchemas;
import vn.dvk.testing.TopicProbe;

/**
 * An exemplar of a person is submitted with the person's name, so that the recognising committee's certificate
 * names them rather than their unit; a collective's submission carries no person.
 */
@QuarkusTest
class IndividualExemplarSubmissionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theSubmissionOfAnIndividualExemplarNamesThePerson() throws Exception {
        String id = Models.as(DemoCallers.unitCadre()).body("""
                {"campaignId":"dvk-2026","title":"Nữ điều dưỡng tận tụy với người bệnh nghèo",
                 "summary":"Chăm sóc người bệnh nghèo","goals":"Người bệnh hài lòng","implementation":"Trực đêm",
                 "startedOn":"2026-01-05","field":"CULTURE_SOCIETY","kind":"EXEMPLAR","ownerKind":"INDIVIDUAL",
                 "ownerName":"Nguyễn Thị Hồng Nhung","ownerPosition":"Điều dưỡng trưởng Khoa Nhi","tags":[]}""")
                .post("/api/v1/models").then().statusCode(201).extract().path("id");
        Models.submit(id);

        JsonNode submitted = submittedEvent(id);
        assertEquals("EXEMPLAR", submitted.path("kind").asText());
        assertEquals("INDIVIDUAL", submitted.path("ownerKind").asText());
        assertEquals("Nguyễn Thị Hồng Nhung", submitted.path("ownerName").asText());

        JsonNode collective = submittedEvent(Models.submitted());
        assertTrue(collective.path("ownerName").isNull() || collective.path("ownerName").isMissingNode(),
                collective.toString());
    }

    private static JsonNode submittedEvent(String id) throws Exception {
        TopicProbe.Event event = TopicProbe.await("registry.model-events",
                e -> id.equals(e.key()) && "dvk.registry.model.submitted.v1".equals(e.type()), Duration.ofSeconds(30));
        EventSchemas.assertValid("registry-service", event.type(), event.value());
        return JSON.readTree(event.value());
    }
}
