package vn.dvk.testing.policy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import vn.dvk.testing.fuzz.ApiDocument;
import vn.dvk.testing.fuzz.ApiOperation;
import vn.dvk.testing.fuzz.StateDigest;

/**
 * The check that a role reads and changes nothing: every operation of a service's OpenAPI document that may change
 * something (POST, PUT, PATCH, DELETE) is sent as the caller, each must be refused with 403 problem+json, and
 * afterwards the service's tables ({@link StateDigest}) and its outbox (the events it would publish) must be as
 * they were. The role is refused before anything is looked up, so the answer is the same for a resource the caller
 * sees, one outside their reach and one that does not exist: it tells nothing of what exists.
 */
public final class ReadOnlyRole {

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final List<String> CHANGING = List.of("POST", "PUT", "PATCH", "DELETE");

    private ReadOnlyRole() {
    }

    /**
     * Sends every changing operation of the service as the caller ({@code token}). {@code resources} fills a path
     * template's parameters with the ids of resources the caller sees, as far as the test has them (say, the
     * model's id in {@code /api/v1/models/{id}}); any parameter left gets a made-up value of its schema's shape.
     *
     * @return how many operations were sent
     */
    public static int assertChangesNothing(URI service, String token, UnaryOperator<String> resources,
            StateDigest state, LongSupplier outbox) {
        Map<String, String> tablesBefore = state.take();
        long outboxBefore = outbox.getAsLong();
        List<String> wrong = new ArrayList<>();
        int sent = 0;
        for (ApiOperation operation : ApiDocument.fetch(service).operations()) {
            if (!CHANGING.contains(operation.method())) {
                continue;
            }
            Response response = send(operation, concrete(operation, resources.apply(operation.path())), token);
            sent++;
            if (response.statusCode() != 403 || !"application/problem+json".equals(response.contentType())) {
                wrong.add(operation + ": " + response.statusCode() + " " + response.contentType());
            }
        }
        assertEquals(List.of(), wrong, "changing operations not refused with 403");
        assertEquals(tablesBefore, state.take(), "the service's tables after refused changes");
        assertEquals(outboxBefore, outbox.getAsLong(), "events queued for publishing after refused changes");
        return sent;
    }

    /** How many events the service at {@code schema} has queued in its outbox, sent or not. */
    public static LongSupplier outbox(DataSource dataSource, String schema) {
        return () -> {
            try (Connection connection = dataSource.getConnection();
                    ResultSet rows = connection.createStatement().executeQuery(
                            "select count(*) from \"" + schema + "\".outbox_message")) {
                rows.next();
                return rows.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static Response send(ApiOperation operation, String path, String token) {
        RequestSpecification request = given().auth().oauth2(token).header("If-Match", "\"1\"")
                .header("Idempotency-Key", UUID.randomUUID().toString());
        for (ApiOperation.Parameter query : operation.in("query")) {
            if (query.required()) {
                request.queryParam(query.name(), value(query));
            }
        }
        if (operation.requestType() != null) {
            if (operation.requestType().startsWith("multipart/")) {
                request.multiPart("file", "bang-ke.csv", "a,b\n".getBytes(StandardCharsets.UTF_8), "text/csv");
            } else if (operation.requestType().contains("json")) {
                request.contentType(ContentType.JSON).body("{}");
            } else {
                request.contentType(operation.requestType()).body("x");
            }
        }
        return request.request(operation.method(), path);
    }

    /** The path with a made-up value for each path parameter left in it, as the operation's schema shapes it. */
    private static String concrete(ApiOperation operation, String template) {
        Matcher matcher = PATH_PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = operation.in("path").stream().filter(p -> p.name().equals(name)).findFirst()
                    .map(ReadOnlyRole::value).orElse("x");
            matcher.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    private static String value(ApiOperation.Parameter parameter) {
        JsonNode schema = parameter.schema();
        if (schema.has("enum") && !schema.get("enum").isEmpty()) {
            return schema.get("enum").get(0).asText();
        }
        if ("uuid".equals(schema.path("format").asText())) {
            return UUID.randomUUID().toString();
        }
        String type = schema.path("type").asText();
        boolean number = type.equals("integer") || type.equals("number");
        return number ? "1" : "x" + UUID.randomUUID().toString().substring(0, 8);
    }
}
