package vn.dvk.local.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The gateway against a stand-in service: what it passes on, what it answers itself. */
class WebGatewayTest {

    private final Map<String, String> seen = new ConcurrentHashMap<>();
    private final HttpClient client = HttpClient.newHttpClient();
    private HttpServer service;
    private WebGateway gateway;

    @BeforeEach
    void start() throws IOException {
        service = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        service.createContext("/", exchange -> {
            seen.put("path", exchange.getRequestURI().toString());
            seen.put("origin", String.valueOf(exchange.getRequestHeaders().getFirst("Origin")));
            seen.put("length", String.valueOf(exchange.getRequestHeaders().getFirst("Content-Length")));
            seen.put("body", new String(exchange.getRequestBody().readAllBytes()));
            byte[] answer = "{\"id\":\"m1\"}".getBytes();
            exchange.getResponseHeaders().set("ETag", "\"3\"");
            exchange.sendResponseHeaders(201, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        service.start();
        URI registry = URI.create("http://localhost:" + service.getAddress().getPort());
        // as deploy/k8s's Ingress: an API path, and / for the web app's own server, which the gateway stands in for
        gateway = WebGateway.start(0, new IngressRoutes(List.of(new IngressRoutes.Route("/api/v1/models",
                "registry-service"), new IngressRoutes.Route("/", "web-app"))), Map.of("registry-service", registry),
                URI.create("http://kc/realms/dvk"), "dvk-web");
    }

    @AfterEach
    void stop() {
        gateway.close();
        service.stop(0);
    }

    @Test
    void aRoutedRequestReachesItsServiceWithItsBodyLengthAndQuery() throws Exception {
        String own = gateway.url().toString().replaceAll("/$", "");
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(gateway.url().resolve("/api/v1/models?q=x"))
                .header("Origin", own).POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"t\"}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(201, answer.statusCode());
        assertEquals("{\"id\":\"m1\"}", answer.body());
        assertEquals("\"3\"", answer.headers().firstValue("ETag").orElseThrow());
        assertEquals("/api/v1/models?q=x", seen.get("path"));
        assertEquals("{\"title\":\"t\"}", seen.get("body"));
        assertEquals("13", seen.get("length"), "the declared length is kept");
        assertEquals("null", seen.get("origin"), "the page's own origin is same-origin, as behind the Ingress");
    }

    @Test
    void aForeignOriginIsPassedOnForTheServiceToJudge() throws Exception {
        client.send(HttpRequest.newBuilder(gateway.url().resolve("/api/v1/models"))
                .header("Origin", "https://elsewhere.example").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals("https://elsewhere.example", seen.get("origin"));
    }

    @Test
    void theAppLearnsWhereToSignIn() throws Exception {
        HttpResponse<String> config = client.send(HttpRequest.newBuilder(gateway.url().resolve("/config.json")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals("{\"issuer\":\"http://kc/realms/dvk\",\"clientId\":\"dvk-web\"}", config.body());
        assertTrue(seen.isEmpty(), "not passed to a service");
    }

    @Test
    void theAppsOwnRoutesGetItsPage() throws Exception {
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(gateway.url().resolve("/models/42/edit"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<div id=\"root\">"), page.body());
        assertEquals("no-cache", page.headers().firstValue("Cache-Control").orElseThrow());
        assertTrue(seen.isEmpty(), "the Ingress's / is the web app's own server, which the gateway stands in for");
    }
}
