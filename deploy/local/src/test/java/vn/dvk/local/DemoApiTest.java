package vn.dvk.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Demo parts share one sign-in per user: Keycloak refuses a user's second sign-in while the first is under way
 * (400 user_temporarily_disabled), which a token endpoint standing in for Keycloak's counts here.
 */
class DemoApiTest {

    private HttpServer keycloak;
    private final Map<String, AtomicInteger> signIns = new ConcurrentHashMap<>();
    private volatile long expiresIn = 900;
    /** Sign-ins are answered once it opens: a test that needs them to overlap holds it shut meanwhile. */
    private volatile CountDownLatch answer = new CountDownLatch(0);

    @BeforeEach
    void startTokenEndpoint() throws IOException {
        keycloak = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        keycloak.setExecutor(Executors.newCachedThreadPool());
        keycloak.createContext("/realms/demo/protocol/openid-connect/token", exchange -> {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String user = form.replaceAll(".*username=([^&]*).*", "$1");
            int count = signIns.computeIfAbsent(user, u -> new AtomicInteger()).incrementAndGet();
            await(answer);
            byte[] body = (user.equals("locked") ? "{\"error\":\"invalid_grant\"}"
                    : "{\"access_token\":\"" + user + "-" + count + "\",\"expires_in\":" + expiresIn + "}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(user.equals("locked") ? 400 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        keycloak.start();
    }

    @AfterEach
    void stopTokenEndpoint() {
        keycloak.stop(0);
    }

    @Test
    void partsAskingForTheSameUserAtOnceShareOneSignIn() throws Exception {
        answer = new CountDownLatch(1);
        ExecutorService parts = Executors.newFixedThreadPool(8, runnable -> new Thread(runnable, "demo-part"));
        List<Thread> threads = new CopyOnWriteArrayList<>();
        List<Future<String>> asked = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            asked.add(parts.submit(() -> {
                threads.add(Thread.currentThread());
                return api().token("base.reviewer");
            }));
        }
        // the sign-in is held until all eight parts asked: each is parked, behind it or waiting for its answer
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> signIns.containsKey("base.reviewer")
                && threads.size() == 8 && threads.stream().allMatch(t -> t.getState() != Thread.State.RUNNABLE));
        answer.countDown();
        List<String> tokens = new ArrayList<>();
        for (Future<String> token : asked) {
            tokens.add(token.get(10, TimeUnit.SECONDS));
        }
        parts.shutdown();

        assertEquals(Set.of("base.reviewer-1"), Set.copyOf(tokens));
        assertEquals(1, signIns.get("base.reviewer").get());
        assertEquals("base.reviewer-1", api().token("base.reviewer"), "a later part reuses it too");
        assertEquals("bloc.reviewer-1", api().token("bloc.reviewer"), "another user signs in on their own");
    }

    @Test
    void aTokenWithLessThanFiveMinutesLeftIsNotHandedOut() throws Exception {
        expiresIn = 240;
        assertEquals("short.lived-1", api().token("short.lived"));
        assertEquals("short.lived-2", api().token("short.lived"));
        assertEquals(2, signIns.get("short.lived").get());
    }

    @Test
    void aRefusedSignInSaysWhoAndTheStatusAndIsTriedAgainNextTime() {
        IOException refused = assertThrows(IOException.class, () -> api().token("locked"));
        assertTrue(refused.getMessage().contains("locked") && refused.getMessage().contains("400"),
                refused.getMessage());
        assertThrows(IOException.class, () -> api().token("locked"));
        assertEquals(2, signIns.get("locked").get(), "a refusal is not kept");
    }

    /** A client as each demo part makes its own, against this test's token endpoint. */
    private DemoApi api() {
        URI issuer = URI.create("http://127.0.0.1:" + keycloak.getAddress().getPort() + "/realms/demo");
        return new DemoApi(issuer, URI.create("http://127.0.0.1:1/api/v1"));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
