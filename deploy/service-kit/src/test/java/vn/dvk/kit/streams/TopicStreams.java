package vn.dvk.kit.streams;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** The test's hub: each refresh sends the topic's name to its streams. */
@ApplicationScoped
public class TopicStreams {

    private final StreamHub<String, OpenStream> hub;

    TopicStreams(StreamHubs hubs) {
        this.hub = hubs.create("test-topics", this::send);
    }

    void subscribe(String topic, OpenStream stream) {
        hub.subscribe(topic, stream);
    }

    void changed(String topic) {
        hub.changed(topic);
    }

    private void send(String topic, Set<OpenStream> streams) {
        streams.forEach(stream -> stream.send("topic", null, "\"" + topic + "\""));
    }
}
