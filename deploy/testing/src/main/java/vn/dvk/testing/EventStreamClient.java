package vn.dvk.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A server-sent event stream opened the way the dashboards' fetch-based EventSource opens one (the token in the
 * Authorization header), read in the background: the events so far, and whether the server ended the stream.
 * Closing it drops the connection, as a browser leaving the page does.
 */
public final class EventStreamClient implements AutoCloseable {

    private static final HttpClient CLIENT = PlainHttp.newClient();

    /** One event as the client sees it. */
    public record Event(String name, String id, String data) {
    }

    private final HttpResponse<Stream<String>> response;
    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final String body;
    private volatile boolean ended;

    private EventStreamClient(HttpResponse<Stream<String>> response) {
        this.response = response;
        if (response.statusCode() != 200) {
            try (Stream<String> lines = response.body()) {
                this.body = lines.collect(Collectors.joining("\n"));
            }
            this.ended = true;
            return;
        }
        this.body = null;
        CompletableFuture.runAsync(this::read);
    }

    /** Opens the stream; returns once the response's status and headers are in. */
    public static EventStreamClient open(URI uri, String token, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return new EventStreamClient(CLIENT.sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines())
                .get(30, TimeUnit.SECONDS));
    }

    public int status() {
        return response.statusCode();
    }

    public String header(String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    /** A refused stream's body (its problem), or null. */
    public String body() {
        return body;
    }

    /** The events received so far, in order. */
    public List<Event> events() {
        return List.copyOf(events);
    }

    /** The events of this name received so far. */
    public List<Event> events(String name) {
        return events.stream().filter(event -> event.name().equals(name)).toList();
    }

    /** Whether the server ended the stream. */
    public boolean ended() {
        return ended;
    }

    @Override
    public void close() {
        response.body().close();
    }

    private void read() {
        List<String> data = new ArrayList<>();
        String[] nameAndId = {"message", null};
        try (Stream<String> lines = response.body()) {
            lines.forEach(line -> {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        events.add(new Event(nameAndId[0], nameAndId[1], String.join("\n", data)));
                    }
                    data.clear();
                    nameAndId[0] = "message";
                    nameAndId[1] = null;
                } else if (line.startsWith("event:")) {
                    nameAndId[0] = line.substring(6).strip();
                } else if (line.startsWith("id:")) {
                    nameAndId[1] = line.substring(3).strip();
                } else if (line.startsWith("data:")) {
                    data.add(line.substring(5).replaceFirst("^ ", ""));
                }
            });
        } catch (RuntimeException closedByUs) {
            // the test closed it
        } finally {
            ended = true;
        }
    }
}
