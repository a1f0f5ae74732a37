package vn.dvk.local.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The suite on one address, as the Kubernetes Ingress serves it on the API host: the paths the Ingress routes go to
 * their service, {@code /config.json} tells the web app where to sign in, and everything else is the web app.
 * Browsers thus call the APIs on the page's own origin, with no CORS.
 */
public final class WebGateway implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads;

    private WebGateway(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    /**
     * @param services each Service name of the Ingress (registry-service…) and the address it runs on here
     * @param issuer the OIDC issuer browsers reach
     * @param clientId the realm's public client for the web frontends
     */
    public static WebGateway start(int port, IngressRoutes routes, Map<String, URI> services, URI issuer,
            String clientId) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", port), 64);
        // a thread per open request: event streams stay open for as long as a page shows them
        ExecutorService threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "dvk-web-gateway");
            thread.setDaemon(true);
            return thread;
        });
        ApiProxy proxy = new ApiProxy("http://localhost:" + server.getAddress().getPort());
        StaticFiles files = new StaticFiles();
        byte[] config = ("{\"issuer\":\"" + issuer + "\",\"clientId\":\"" + clientId + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            try {
                String path = exchange.getRequestURI().getPath();
                // a path the Ingress gives the web app's own server (its /) names no service run here: the
                // gateway is that server
                URI service = routes.serviceFor(path).map(services::get).orElse(null);
                if (service != null) {
                    proxy.forward(exchange, service);
                } else if (path.equals("/config.json")) {
                    send(exchange, "application/json", config);
                } else {
                    files.serve(exchange);
                }
            } catch (IOException | RuntimeException e) {
                exchange.close();
            }
        });
        server.setExecutor(threads);
        server.start();
        return new WebGateway(server, threads);
    }

    private static void send(HttpExchange exchange, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    /** Whether the built web app is on the class path (deploy/web-app built); the APIs are routed either way. */
    public static boolean appPresent() {
        return StaticFiles.present();
    }

    public URI url() {
        return URI.create("http://localhost:" + server.getAddress().getPort() + "/");
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
