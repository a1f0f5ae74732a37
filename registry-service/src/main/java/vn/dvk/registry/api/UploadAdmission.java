package vn.dvk.registry.api;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import vn.dvk.kit.idempotency.IdempotentRequests;
import vn.dvk.kit.problems.NotFoundProblem;
import vn.dvk.kit.problems.Problems;
import vn.dvk.registry.domain.Evidence;
import vn.dvk.registry.domain.MobilizationModel;
import vn.dvk.registry.domain.RegistryMessages;
import vn.dvk.registry.security.ModelAccess;

/**
 * Judges an upload on its headers alone, before a byte of its body is read (Quarkus REST reads a multipart body
 * into a temporary file only after the request filters): a model the caller may not see answers 404 and one they
 * may not change 403, a model that takes no evidence 409, a declared length beyond one file or beyond the room the
 * model and unit have left 413. So nobody can make the registry receive, store on disk and hash files for a model
 * that is not theirs, or past its quota. An upload over the instance's bound of uploads at once ({@link UploadSlots})
 * answers 503 with Retry-After.
 *
 * <p>A request with an Idempotency-Key is not judged on the room left here: a retry of an upload that took the last
 * room must still get its first answer. Its file is checked once read, as every file is, under the unit's lock.
 */
@Provider
@AdmittedBeforeReading
@Priority(Priorities.USER)
public class UploadAdmission implements ContainerRequestFilter {

    /** Seconds a client refused for want of a slot waits before it tries again. */
    private static final String RETRY_AFTER = "5";

    private final ModelAccess access;
    private final Evidence evidence;
    private final UploadSlots slots;
    private final CurrentVertxRequest exchange;

    public UploadAdmission(ModelAccess access, Evidence evidence, UploadSlots slots, CurrentVertxRequest exchange) {
        this.access = access;
        this.evidence = evidence;
        this.slots = slots;
        this.exchange = exchange;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String id = request.getUriInfo().getPathParameters().getFirst("id");
        MobilizationModel model = access.changeable(modelId(id));
        boolean retriable = request.getHeaderString(IdempotentRequests.HEADER) != null;
        evidence.admit(model, request.getLength(), !retriable);
        if (!slots.tryTake()) {
            request.abortWith(Response.fromResponse(Problems.response(Response.Status.SERVICE_UNAVAILABLE,
                            RegistryMessages.TOO_MANY_UPLOADS.text(), request.getUriInfo()))
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER).build());
            return;
        }
        // given back however the exchange ends: answered, failed, or the client gone half-way
        exchange.getCurrent().addEndHandler(ended -> slots.give());
    }

    private static UUID modelId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundProblem(RegistryMessages.NO_MODEL.text(id));
        }
    }
}
