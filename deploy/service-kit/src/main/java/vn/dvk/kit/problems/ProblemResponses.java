package vn.dvk.kit.problems;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import vn.dvk.kit.idempotency.IdempotentRequests;
import vn.dvk.kit.preconditions.EntityTags;

/**
 * Documents the problems every operation can answer, so that a client generated from the OpenAPI document knows
 * them: a shared {@code Problem} schema (RFC 9457, with {@code violations} and {@code current}) and, per operation,
 * the statuses that apply to it — 400 where it takes input, 401/403 where it needs a token, 404 under a path
 * parameter or with an {@code organisationId} query parameter, 409 on writes, 412/428 with {@code If-Match}, 413/415
 * with a body, 422 with {@code Idempotency-Key}, 429, 500 and 503 everywhere.
 */
public class ProblemResponses implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("Problem", problemSchema());
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) ->
                item.getOperations().forEach((method, operation) -> document(path, method, operation)));
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        boolean body = operation.getRequestBody() != null;
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean writes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        if (body || !parameters.isEmpty()) {
            add(responses, "400", "The request is invalid: the problem names the fields at fault (`violations`)");
        }
        if (operation.getSecurity() == null || !operation.getSecurity().isEmpty()) {
            add(responses, "401", "No valid bearer token");
            add(responses, "403", "The caller's role or organisation may not do this");
        }
        if (path.contains("{") || hasQuery(parameters, "organisationId")) {
            add(responses, "404", "No such resource, or one the caller may not see");
        }
        if (writes) {
            add(responses, "409", "The resource's state does not allow it, or another change came first "
                    + "(the problem's `current` holds the resource as it now stands)");
        }
        if (hasHeader(parameters, EntityTags.IF_MATCH)) {
            add(responses, "412", "The resource changed since the version named in If-Match (`current` attached)");
            add(responses, "428", "If-Match is required");
        }
        if (body) {
            add(responses, "413", "The body is too large");
            add(responses, "415", "The body is not of a type the operation takes");
        }
        if (hasHeader(parameters, IdempotentRequests.HEADER)) {
            add(responses, "422", "The Idempotency-Key was already used for a different request");
        }
        add(responses, "429", "The caller's allowance of requests is used up (dvk.rate-limit.*); retry after the "
                + "Retry-After seconds");
        add(responses, "500", "An unexpected error (nothing about it is revealed)");
        add(responses, "503", "A dependency is away; retry after the Retry-After seconds");
    }

    private static boolean hasQuery(List<Parameter> parameters, String name) {
        return parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY && name.equals(p.getName()));
    }

    private static boolean hasHeader(List<Parameter> parameters, String name) {
        return parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()));
    }

    private static void add(APIResponses responses, String status, String description) {
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
        if (responses.hasAPIResponse(status)) {
            // an operation's own words for the status stay; its body is a problem like every other refusal's
            APIResponse own = responses.getAPIResponse(status);
            if (own.getContent() == null) {
                own.setContent(content);
            }
            return;
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description).content(content));
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema violation = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .required(List.of("field", "message"))
                .addProperty("field", text).addProperty("message", text);
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem detail. `type` names the kind of problem ("
                        + ProblemType.BASE + "…); `title` is in the language of Accept-Language (Vietnamese by "
                        + "default, or English)")
                .required(List.of("type", "title", "status"))
                // one property after the other, in RFC 9457's order: Map.of's order changes with every JVM, and the
                // served document with it
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri")
                        .examples(List.of(CommonProblems.NOT_FOUND.uri().toString())))
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("detail", text)
                .addProperty("instance", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .format("uri-reference"))
                .addProperty("violations", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(violation))
                .addProperty("current", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                        .description("With 409 and 412: the resource as it now stands"));
    }
}
