package vn.dvk.testing.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import vn.dvk.testing.PlainHttp;

/**
 * Sends generated requests with the JDK's client: it hands over the status and headers as soon as they arrive, so
 * an event stream that opened (a success) is closed unread instead of holding the fuzzer.
 */
final class Sender {

    private final URI base;
    private final HttpClient client = PlainHttp.newClient();

    Sender(URI base) {
        this.base = base;
    }

    Answer send(FuzzRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(request.target()))
                .timeout(Duration.ofSeconds(60))
                .method(request.operation().method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach(builder::header);
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        if (request.caller().token() != null) {
            builder.header("Authorization", "Bearer " + request.caller().token());
        }
        try {
            HttpResponse<InputStream> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
            String type = response.headers().firstValue("Content-Type").map(t -> t.replaceFirst(";.*", "").trim())
                    .orElse(null);
            try (InputStream body = response.body()) {
                if ("text/event-stream".equals(type)) {
                    return new Answer(response.statusCode(), type, "");
                }
                return new Answer(response.statusCode(), type,
                        new String(body.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("No answer to " + request.describe(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
