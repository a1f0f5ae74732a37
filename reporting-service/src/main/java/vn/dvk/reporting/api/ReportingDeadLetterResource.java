package vn.dvk.reporting.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;
import vn.dvk.kit.events.DeadLetterReplay;
import vn.dvk.kit.events.DeadLetterResource;
import vn.dvk.kit.security.Caller;
import vn.dvk.kit.security.OperatorRoles;

/**
 * The kit's dead letters and their replay, under reporting's own root: the Ingress publishes it to operators for the
 * web app's operations screen, and routes by path alone, so each service's letters need a path no other serves.
 */
@Path(ReportingDeadLetterResource.PATH)
@RolesAllowed(OperatorRoles.OPERATOR)
public class ReportingDeadLetterResource extends DeadLetterResource {

    public static final String PATH = "/api/v1/reporting-dead-letters";

    public ReportingDeadLetterResource(DeadLetterReplay replay, Caller caller) {
        super(replay, caller);
    }
}
