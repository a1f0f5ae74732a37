package vn.dvk.kit.problems;

import io.quarkus.arc.ArcUndeclaredThrowableException;
import jakarta.annotation.security.PermitAll;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.dvk.kit.outbox.Outbox;
import vn.dvk.kit.preconditions.EntityTags;
import vn.dvk.kit.transactions.WriteTransactions;

/** Fails in each of the ways a request can, for ProblemMappersTest. */
@Path("/test/failures")
@PermitAll
public class FailingResource {

    private final Outbox outbox;

    public FailingResource(Outbox outbox) {
        this.outbox = outbox;
    }

    /** A unique key taken by a concurrent commit: surfaces at flush or commit, inside WriteTransactions. */
    @POST
    @Path("unique-key-at-commit")
    public String uniqueKeyAtCommit() {
        String key = UUID.randomUUID().toString();
        return WriteTransactions.commit(() -> {
            outbox.append("dvk.kit.test.v1", key, "first");
            outbox.append("dvk.kit.test.v1", key, "second");
            // both rows get the same event id, as two racing requests inserting the same record would
            vn.dvk.kit.outbox.OutboxMessage.update("eventId = ?1 where partitionKey = ?2", UUID.randomUUID(), key);
            return "written";
        }, () -> "the current state");
    }

    /** The domain refusing: the problem gets the current state too. */
    @POST
    @Path("refused")
    public String refused() {
        return WriteTransactions.commit(() -> {
            throw new ConflictProblem("Only a draft can be submitted");
        }, () -> "the current state");
    }

    /** The domain refusing with a kind of problem of the service's own. */
    @POST
    @Path("refused-of-own-kind")
    public String refusedOfOwnKind() {
        throw new ConflictProblem(ServiceProblems.OUT_OF_SEASON, ServiceMessages.NOT_IN_SEASON_YET.text());
    }

    /** A version check failing at commit, wrapped as it arrives from a @Transactional method. */
    @GET
    @Path("stale-at-commit")
    public String staleAtCommit() {
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.initCause(new OptimisticLockException("Row was updated or deleted by another transaction"));
        throw new ArcUndeclaredThrowableException(rollback);
    }

    @GET
    @Path("database-away")
    public String databaseAway() {
        throw new PersistenceException("could not prepare statement",
                new SQLException("Connection to localhost:5432 refused", "08001"));
    }

    @GET
    @Path("defect")
    public String defect() {
        throw new IllegalStateException("secret internals " + OffsetDateTime.now());
    }

    @GET
    @Path("missing/{anything}")
    public String missing(@PathParam("anything") String anything) {
        throw new NotFoundProblem("No such thing");
    }

    /** An answer whose media type is chosen as it is written (no @Produces): it meets the Accept header late. */
    @GET
    @Path("record")
    public Named record() {
        return new Named("a record");
    }

    /** A resource at version 3, read as the services read theirs. */
    @GET
    @Path("tagged")
    public Response tagged(@Context Request request) {
        return EntityTags.read(request, 3, new Named("version 3"));
    }

    @POST
    @Path("record")
    public Named echo(@jakarta.validation.Valid @jakarta.validation.constraints.NotNull Named named,
            @jakarta.ws.rs.HeaderParam("If-Match") String ifMatch) {
        return named;
    }

    @POST
    @Path("text")
    public String text(String text) {
        return "read: " + text;
    }

    public record Named(String name) {
    }
}
