package vn.dvk.testing;

import java.net.http.HttpClient;
import java.time.Duration;

/**
 * The JDK's HTTP client as the tests use it: HTTP/1.1, as browsers and the ingress speak to the services over plain
 * HTTP. The client's default, HTTP/2 by an {@code h2c} upgrade of the first request, now and then read the upgraded
 * answer of Vert.x as a garbled frame ("Frame type(110) length(6388000) exceeds MAX_FRAME_SIZE"), failing a test that
 * had nothing to do with HTTP/2.
 */
public final class PlainHttp {

    private PlainHttp() {
    }

    /** A new HTTP/1.1 client that gives up connecting after 10 s. */
    public static HttpClient newClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .build();
    }
}
