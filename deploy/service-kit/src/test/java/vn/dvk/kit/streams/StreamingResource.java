package vn.dvk.kit.streams;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

/** A stream as the services open theirs: admitted by OpenStreams, fed by a hub keyed by the topic asked for. */
@Path("/test/streams")
@Authenticated
public class StreamingResource {

    private final OpenStreams streams;
    private final TopicStreams topics;

    public StreamingResource(OpenStreams streams, TopicStreams topics) {
        this.streams = streams;
        this.topics = topics;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void stream(@QueryParam("topic") String topic, @Context SseEventSink sink, @Context Sse sse) {
        streams.open(sink, sse).ifPresent(stream -> topics.subscribe(topic, stream));
    }
}
