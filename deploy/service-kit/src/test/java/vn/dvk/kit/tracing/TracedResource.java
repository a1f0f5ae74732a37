package vn.dvk.kit.tracing;

import jakarta.annotation.security.PermitAll;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.Map;
import org.jboss.logging.Logger;
import vn.dvk.kit.outbox.Outbox;

/** Appends one event to a topic the test channels read, the way a service's request does, and logs it. */
@Path("/test/traced")
@PermitAll
public class TracedResource {

    static final String TYPE = "dvk.kit.test.traced.v1";
    private static final Logger LOG = Logger.getLogger(TracedResource.class);

    private final Outbox outbox;

    public TracedResource(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The event is #1 of a new aggregate {@code key}; answers its event id. */
    @POST
    @Path("{topic}/{key}")
    @Transactional
    public String append(@PathParam("topic") String topic, @PathParam("key") String key) {
        LOG.infof("Appending a traced event for %s", key);
        return outbox.append(topic, TYPE, key, Map.of("key", key, "sequence", 1)).toString();
    }
}
