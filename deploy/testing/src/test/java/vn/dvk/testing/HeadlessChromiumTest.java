package vn.dvk.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WindowType;

/**
 * A pooled browser handed back is reused, and the next person finds nothing of the last: not the cookies, local or
 * session storage of either origin they used (an app and its sign-in server, as the web days have), not their second
 * window, not their screen width. A browser that no longer answers is not handed out again.
 */
class HeadlessChromiumTest {

    private static HttpServer app;
    private static HttpServer signIn;

    @BeforeAll
    static void serve() throws IOException {
        app = page();
        signIn = page();
    }

    @AfterAll
    static void stop() {
        app.stop(0);
        signIn.stop(0);
        HeadlessChromium.quitIdle();
    }

    @Test
    void aBrowserHandedBackIsReusedWithNothingOfTheLastPerson() {
        HeadlessChromium first = HeadlessChromium.open();
        for (HttpServer origin : List.of(app, signIn)) {
            first.driver().get(address(origin));
            script(first, "localStorage.setItem('seen', '42'); sessionStorage.setItem('user', 'unit.cadre');"
                    + " document.cookie = 'session-" + origin.getAddress().getPort() + "=1; path=/'");
            assertEquals(List.of("42", "unit.cadre", true), state(first, origin), "stored before it goes back");
        }
        first.driver().switchTo().newWindow(WindowType.TAB);
        first.driver().manage().window().setSize(new Dimension(390, 844));
        first.close();

        HeadlessChromium next = HeadlessChromium.open();
        try {
            assertSame(first, next, "the pool hands the browser out again");
            assertEquals(1, next.driver().getWindowHandles().size(), "one window");
            assertEquals(new Dimension(1400, 1100), next.driver().manage().window().getSize());
            for (HttpServer origin : List.of(app, signIn)) {
                assertEquals(Arrays.asList(null, null, false), state(next, origin), "nothing of " + address(origin));
            }
        } finally {
            next.close();
        }
    }

    @Test
    void aBrowserThatNoLongerAnswersIsNotHandedOutAgain() {
        HeadlessChromium broken = HeadlessChromium.open();
        broken.driver().quit();
        broken.close();

        HeadlessChromium next = HeadlessChromium.open();
        try {
            assertNotSame(broken, next);
            next.driver().get(address(app));
            assertEquals(Arrays.asList(null, null, false), state(next, app));
        } finally {
            next.close();
        }
    }

    /** The origin's local and session storage entries and whether its cookie is set. */
    private static List<Object> state(HeadlessChromium browser, HttpServer origin) {
        browser.driver().get(address(origin));
        return Arrays.asList(script(browser, "return localStorage.getItem('seen')"),
                script(browser, "return sessionStorage.getItem('user')"),
                script(browser, "return document.cookie.includes('session-" + origin.getAddress().getPort() + "=')"));
    }

    private static Object script(HeadlessChromium browser, String script) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script);
    }

    private static String address(HttpServer server) {
        return "http://localhost:" + server.getAddress().getPort() + "/";
    }

    private static HttpServer page() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        byte[] page = "<!doctype html><title>page</title><p>page</p>".getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        server.start();
        return server;
    }
}
