package vn.dvk.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's {@code wrk}: a fixed number of connections, each sending the next request as soon as the last one
 * answered, for a fixed time. Its figures are those of a client written in C, so that the service, not the load
 * generator, is what runs out first.
 *
 * @param connections open connections (wrk's {@code -c}), two threads
 */
record Wrk(int connections, Duration duration, Duration warmUp) {

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern PERCENTILE = Pattern.compile("^\\s+(50|99)%\\s+([0-9.]+)(us|ms|s)\\s*$",
            Pattern.MULTILINE);
    private static final Pattern NOT_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile(
            "Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");
    private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in");

    /** What one run sustained: requests/s, median and 99th percentile latency, and the requests that failed. */
    record Result(double requestsPerSecond, double p50Millis, double p99Millis, long requests, long failures) {
    }

    /** A GET, or a POST of {@code jsonBody} when it is not null, with a bearer token when one is given. */
    Result run(URI url, String token, String jsonBody) throws IOException, InterruptedException {
        Path script = null;
        List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c" + connections, "--latency"));
        if (token != null) {
            command.addAll(List.of("-H", "Authorization: Bearer " + token));
        }
        if (jsonBody != null) {
            script = Files.createTempFile("dvk-wrk-", ".lua");
            Files.writeString(script, "wrk.method = \"POST\"\nwrk.headers[\"Content-Type\"] = \"application/json\"\n"
                    + "wrk.body = [==[" + jsonBody + "]==]\n", StandardCharsets.UTF_8);
            command.addAll(List.of("-s", script.toString()));
        }
        command.add(url.toString());
        try {
            if (!warmUp.isZero()) {
                exec(command, warmUp); // the JIT and the pools warm up; nothing of it is kept
            }
            return parse(exec(command, duration));
        } finally {
            if (script != null) {
                Files.deleteIfExists(script);
            }
        }
    }

    static Result parse(String output) {
        Matcher rate = RATE.matcher(output);
        if (!rate.find()) {
            throw new IllegalStateException("wrk printed no rate:\n" + output);
        }
        double p50 = 0;
        double p99 = 0;
        Matcher percentile = PERCENTILE.matcher(output);
        while (percentile.find()) {
            double millis = Double.parseDouble(percentile.group(2)) * switch (percentile.group(3)) {
                case "us" -> 0.001;
                case "s" -> 1000;
                default -> 1;
            };
            if (percentile.group(1).equals("50")) {
                p50 = millis;
            } else {
                p99 = millis;
            }
        }
        long failures = 0;
        Matcher not2xx = NOT_2XX.matcher(output);
        if (not2xx.find()) {
            failures += Long.parseLong(not2xx.group(1));
        }
        Matcher socket = SOCKET_ERRORS.matcher(output);
        if (socket.find()) {
            for (int g = 1; g <= 4; g++) {
                failures += Long.parseLong(socket.group(g));
            }
        }
        Matcher requests = REQUESTS.matcher(output);
        return new Result(Double.parseDouble(rate.group(1)), p50, p99,
                requests.find() ? Long.parseLong(requests.group(1)) : 0, failures);
    }

    private static String exec(List<String> command, Duration time) throws IOException, InterruptedException {
        List<String> timed = new ArrayList<>(command);
        timed.add(timed.size() - 1, "-d" + Math.max(1, time.toSeconds()) + "s");
        Process process = new ProcessBuilder(timed).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(time.toSeconds() + 30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("wrk failed: " + String.join(" ", timed.subList(0, 3)) + "\n" + output);
        }
        return output;
    }
}
