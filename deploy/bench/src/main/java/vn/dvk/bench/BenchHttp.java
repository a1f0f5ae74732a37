package vn.dvk.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Requests to one service as the benchmarks make them: a bearer token (or none), and the status checked. */
final class BenchHttp {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI service;

    BenchHttp(URI service) {
        this.service = service;
    }

    URI service() {
        return service;
    }

    /** The body of a GET that must answer 200; {@code token} may be null (a public endpoint). */
    String get(String path, String token) {
        return expect(200, send(request(path, token).GET()), path);
    }

    /** A POST of JSON (or of nothing, when {@code json} is null), with extra headers as name, value pairs. */
    HttpResponse<String> post(String path, String token, String json, String... headers) {
        HttpRequest.Builder request = request(path, token);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(json == null ? request.POST(HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** A GET whose response (status, headers) the caller examines. */
    HttpResponse<String> getResponse(String path, String token) {
        return send(request(path, token).GET());
    }

    static String expect(int status, HttpResponse<String> response, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(service + path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        HttpRequest built = request.build();
        try {
            return http.send(built, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(built.method() + " " + built.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
