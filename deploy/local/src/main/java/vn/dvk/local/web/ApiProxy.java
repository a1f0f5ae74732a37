package vn.dvk.local.web;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Passes one request to a service and its answer back, as a reverse proxy does: the body streamed both ways with
 * its declared length kept (the registry judges an upload's Content-Length before reading it), and a server-sent
 * event stream flushed as each event arrives rather than buffered.
 */
final class ApiProxy {

    /** Hop-by-hop headers and those the JDK's client sets itself. */
    private static final Set<String> NOT_FORWARDED = Set.of("connection", "keep-alive", "proxy-connection",
            "transfer-encoding", "te", "trailer", "upgrade", "host", "content-length", "expect", "http2-settings");

    /** The gateway's own origin (http://localhost:8080): what the web app's requests carry as Origin. */
    private final String ownOrigin;

    ApiProxy(String ownOrigin) {
        this.ownOrigin = ownOrigin;
    }

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    void forward(HttpExchange exchange, URI service) throws IOException {
        URI target = service.resolve(exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery()));
        HttpRequest.Builder request = HttpRequest.newBuilder(target).method(exchange.getRequestMethod(), body(exchange));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase()) && !isOwnOrigin(name, values)) {
                values.forEach(value -> request.header(name, value));
            }
        });
        HttpResponse<InputStream> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (IOException e) {
            // the service is down or restarting: the same answer an Ingress gives
            byte[] text = ("{\"title\":\"" + service + " is not reachable\",\"status\":502}").getBytes();
            exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
            exchange.sendResponseHeaders(502, text.length);
            exchange.getResponseBody().write(text);
            exchange.close();
            return;
        }
        response.headers().map().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase()) && !name.startsWith(":")) {
                exchange.getResponseHeaders().put(name, List.copyOf(values));
            }
        });
        long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        boolean empty = length == 0 || response.statusCode() == 204 || response.statusCode() == 304
                || "HEAD".equals(exchange.getRequestMethod());
        // HttpServer's lengths: -1 none, 0 chunked (unknown, as for event streams), otherwise exact
        exchange.sendResponseHeaders(response.statusCode(), empty ? -1 : Math.max(length, 0));
        try (InputStream in = response.body(); OutputStream out = exchange.getResponseBody()) {
            byte[] buffer = new byte[8192];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                out.write(buffer, 0, read);
                out.flush(); // an event reaches the browser when the service sends it
            }
        } finally {
            exchange.close();
        }
    }

    /**
     * A browser sends Origin with a page's POST even to its own origin. Behind the Ingress the service sees the
     * page's host as Host, finds the two equal and takes the request as same-origin; here the service's Host is
     * its own port, so the page's own Origin is left out, which the service also takes as same-origin. Any other
     * Origin is passed on, for the service's CORS rules to judge as they would behind the Ingress.
     */
    private boolean isOwnOrigin(String name, List<String> values) {
        return name.equalsIgnoreCase("Origin") && values.size() == 1 && values.get(0).equals(ownOrigin);
    }

    private static HttpRequest.BodyPublisher body(HttpExchange exchange) {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            long length = Long.parseLong(declared.trim());
            return length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.fromPublisher(
                    HttpRequest.BodyPublishers.ofInputStream(exchange::getRequestBody), length);
        }
        boolean chunked = exchange.getRequestHeaders().containsKey("Transfer-Encoding");
        return chunked ? HttpRequest.BodyPublishers.ofInputStream(exchange::getRequestBody)
                : HttpRequest.BodyPublishers.noBody();
    }
}
