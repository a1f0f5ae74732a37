package vn.dvk.local.faults;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dvk.testing.suite.ServiceReplica;

/**
 * Reads every replica's Prometheus metrics about once a second during a scenario and keeps what the consumers
 * and relays report: how many events each consumer applied, absorbed as duplicates, parked or dead-lettered
 * ({@code dvk_consumer_events_total}), and the highest parked count and outbox backlog seen. A killed replica's
 * counters start again from zero; increases are summed across such resets, as Prometheus' {@code increase} does.
 */
public final class MetricsScraper implements AutoCloseable {

    private static final Pattern SAMPLE = Pattern.compile("^([a-z_]+)(\\{[^}]*\\})?\\s+([-0-9.eE+NaInf]+)$");
    private static final Pattern OUTCOME = Pattern.compile("outcome=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final List<ServiceReplica> replicas;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    /** Last value per replica and series, and the increase accumulated per outcome. */
    private final Map<String, Double> last = new ConcurrentHashMap<>();
    private final Map<String, Double> increase = new ConcurrentHashMap<>();
    private final Map<String, Double> highest = new ConcurrentHashMap<>();
    /** Replicas scraped at least once: a series they show later is new (counters register on first use). */
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    public MetricsScraper(List<ServiceReplica> replicas) {
        this.replicas = replicas;
        timer.scheduleWithFixedDelay(this::scrapeAll, 0, 1, TimeUnit.SECONDS);
    }

    /** Events of the outcome over the scenario, or empty when no replica exposes the counter. */
    public Optional<Long> events(String outcome) {
        return Optional.ofNullable(increase.get(outcome)).map(Math::round);
    }

    /** The highest value a gauge showed on any replica, or empty when none exposes it. */
    public Optional<Long> highest(String gauge) {
        return Optional.ofNullable(highest.get(gauge)).map(Math::round);
    }

    private void scrapeAll() {
        for (ServiceReplica replica : replicas) {
            try {
                scrape(replica);
            } catch (RuntimeException e) {
                // One odd sample must not stop the scraping: an exception would end the scheduled task for good.
            }
        }
    }

    private void scrape(ServiceReplica replica) {
        String body;
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(replica.url() + "/q/metrics"))
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return;
            }
            body = response.body();
        } catch (Exception e) {
            return; // a replica that is down has nothing to say
        }
        for (String line : body.split("\n")) {
            Matcher sample = SAMPLE.matcher(line.trim());
            if (!sample.matches()) {
                continue;
            }
            String name = sample.group(1);
            String labels = sample.group(2) == null ? "" : sample.group(2);
            double value = parse(sample.group(3));
            if (name.equals("dvk_consumer_events_total")) {
                Matcher outcome = OUTCOME.matcher(labels);
                if (outcome.find()) {
                    counted(replica.name() + labels, outcome.group(1), value, known.contains(replica.name()));
                }
            } else if (name.equals("dvk_consumer_parked") || name.equals("dvk_outbox_backlog")) {
                highest.merge(name, value, Math::max);
            }
        }
        known.add(replica.name());
    }

    /** Prometheus writes infinities as +Inf and -Inf, which Java does not parse. */
    private static double parse(String value) {
        return switch (value) {
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(value);
        };
    }

    private void counted(String series, String outcome, double value, boolean replicaKnown) {
        Double previous = last.put(series, value);
        // A series seen in the replica's first scrape is the baseline; one that appears later counted from zero.
        double delta = previous == null ? (replicaKnown ? value : 0) : value >= previous ? value - previous : value;
        increase.merge(outcome, delta, Double::sum);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
