package vn.dvk.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one table of {@code run.sh}: each path beside its baseline and their ratio, the event hop beside a Kafka
 * round trip, and each service's memory and start; written as JSON (for scripts and comparisons) and Markdown (for
 * the READMEs).
 */
final class SuiteReport {

    /** A measured load: requests (or transactions) per second, median and p99 latency, failures. */
    record Load(String what, double perSecond, double p50Millis, double p99Millis, long failures) {

        static Load of(String what, Wrk.Result result) {
            return new Load(what, result.requestsPerSecond(), result.p50Millis(), result.p99Millis(),
                    result.failures());
        }
    }

    /** A path of the suite beside its baselines; the ratio is the suite's rate ÷ each baseline's. */
    record Path(String path, Load suite, List<Load> baselines) {

        List<Double> ratios() {
            return baselines.stream().map(b -> suite.perSecond() / b.perSecond()).toList();
        }
    }

    /** An event hop beside the floor under it, one at a time. */
    record Hop(String what, double medianMillis, double p90Millis, double p99Millis, String baseline,
            double baselineMedianMillis, double baselineP90Millis) {

        double ratio() {
            return medianMillis / baselineMedianMillis;
        }
    }

    /**
     * A service's resident memory after the load (all of it; its own, {@code RssAnon}; mapped files' pages,
     * {@code RssFile}), and its start (process start → ready) in the suite and alone.
     */
    record Service(String name, long residentMegabytes, long anonymousMegabytes, long fileMegabytes,
            long startInSuiteMillis, long startAloneMillis) {
    }

    private final Map<String, Object> settings = new LinkedHashMap<>();
    private final List<Path> paths = new ArrayList<>();
    private final List<Hop> hops = new ArrayList<>();
    private final List<Service> services = new ArrayList<>();

    void setting(String name, Object value) {
        settings.put(name, value);
    }

    void add(Path path) {
        paths.add(path);
    }

    void add(Hop hop) {
        hops.add(hop);
    }

    void add(Service service) {
        services.add(service);
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("| path | suite req/s | p50 / p99 ms | baseline | baseline /s | p50 / p99 ms | ratio |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        for (Path path : paths) {
            for (int i = 0; i < path.baselines().size(); i++) {
                Load baseline = path.baselines().get(i);
                md.append(String.format("| %s | %s | %s | %s | %,.0f | %.1f / %.1f | %.2f |%n",
                        i == 0 ? path.path() : "", i == 0 ? rate(path.suite()) : "",
                        i == 0 ? String.format("%.1f / %.1f", path.suite().p50Millis(), path.suite().p99Millis()) : "",
                        baseline.what(), baseline.perSecond(), baseline.p50Millis(), baseline.p99Millis(),
                        path.ratios().get(i)));
            }
        }
        for (Hop hop : hops) {
            md.append(String.format("| %s | median %.1f ms, p90 %.1f, p99 %.1f | | %s | | median %.1f, p90 %.1f | %.1f× |%n",
                    hop.what(), hop.medianMillis(), hop.p90Millis(), hop.p99Millis(), hop.baseline(),
                    hop.baselineMedianMillis(), hop.baselineP90Millis(), hop.ratio()));
        }
        md.append("\n| service | RSS after the load | of it its own / mapped files | start in the suite (process → ready)"
                + " | started alone |\n");
        md.append("|---|---|---|---|---|\n");
        for (Service service : services) {
            md.append(String.format("| %s | %d MB | %d / %d MB | %.2f s | %.2f s |%n", service.name(),
                    service.residentMegabytes(), service.anonymousMegabytes(), service.fileMegabytes(),
                    service.startInSuiteMillis() / 1000.0, service.startAloneMillis() / 1000.0));
        }
        md.append("\n");
        settings.forEach((name, value) -> md.append(name).append(": ").append(value).append("  \n"));
        return md.toString();
    }

    private static String rate(Load load) {
        return String.format("%,.0f", load.perSecond()) + (load.failures() == 0 ? "" : " (" + load.failures()
                + " failed)");
    }

    void write(java.nio.file.Path directory) throws IOException {
        Files.createDirectories(directory);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("settings", settings);
        List<Map<String, Object>> pathRows = new ArrayList<>();
        for (Path path : paths) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("path", path.path());
            row.put("suite", path.suite());
            row.put("baselines", path.baselines());
            row.put("ratios", path.ratios());
            pathRows.add(row);
        }
        json.put("paths", pathRows);
        json.put("hops", hops.stream().map(h -> Map.of("hop", h, "ratio", h.ratio())).toList());
        json.put("services", services);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(directory.resolve("suite-report.json").toFile(), json);
        Files.writeString(directory.resolve("suite-report.md"), markdown(), StandardCharsets.UTF_8);
    }
}
