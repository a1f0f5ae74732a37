package vn.dvk.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import vn.dvk.registry.domain.Organisation;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.TopicProbe;

/** Organisations made for one test, under the demo tree, so that tests never change what others rely on. */
public final class Organisations {

    public static final String TOPIC = "registry.organisation-events";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Organisations() {
    }

    /** A fresh id: lower-case, unique per call. */
    public static String newId(String prefix) {
        return DemoCallers.PROVINCE + "-" + prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String body(String id, String kind, String name, String code, String parentId) {
        return """
                {"id": "%s", "kind": "%s", "name": "%s", "code": "%s", "parentId": "%s"}
                """.formatted(id, kind, name, code, parentId);
    }

    /** Creates an organisation as the demo admin; returns its id. */
    public static String create(String kind, String parentId) {
        String id = newId("t");
        Models.as(DemoCallers.admin()).body(body(id, kind, "Đơn vị thử " + id, id.toUpperCase(), parentId))
                .post("/api/v1/organisations").then().statusCode(201);
        return id;
    }

    public static String etag(String id) {
        return Models.as(DemoCallers.admin()).get("/api/v1/organisations/{id}", id).then().statusCode(200)
                .extract().header("ETag");
    }

    /** The organisation as stored now, read in a transaction of its own. */
    public static Organisation stored(String id) {
        return QuarkusTransaction.requiringNew().call(() -> Organisation.<Organisation>findById(id));
    }

    public static long count() {
        return QuarkusTransaction.requiringNew().call(() -> Organisation.count());
    }

    /**
     * Every event of the organisation on its topic, once the one of the given sequence has arrived (the relay
     * publishes an organisation's events in order, so none before it is still missing).
     */
    public static List<TopicProbe.Event> awaitEvents(String id, int sequence) {
        TopicProbe.await(TOPIC, event -> id.equals(event.key()) && sequence(event) == sequence, Duration.ofSeconds(30));
        return TopicProbe.all(TOPIC).stream().filter(event -> id.equals(event.key())).toList();
    }

    private static int sequence(TopicProbe.Event event) {
        try {
            return JSON.readTree(event.value()).path("sequence").asInt();
        } catch (IOException e) {
            return -1;
        }
    }
}
