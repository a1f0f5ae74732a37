package vn.dvk.kit.events;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;
import vn.dvk.kit.security.Caller;
import vn.dvk.kit.security.OperatorRoles;

/**
 * The kit's dead letters and their replay, under a test application's own root: as a service declares its own.
 */
@Path(TestDeadLetterResource.PATH)
@RolesAllowed(OperatorRoles.OPERATOR)
public class TestDeadLetterResource extends DeadLetterResource {

    public static final String PATH = "/api/v1/test-dead-letters";

    public TestDeadLetterResource(DeadLetterReplay replay, Caller caller) {
        super(replay, caller);
    }
}
