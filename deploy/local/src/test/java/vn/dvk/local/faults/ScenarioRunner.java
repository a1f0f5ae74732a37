package vn.dvk.local.faults;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.core.ConditionTimeoutException;
import vn.dvk.local.faults.Reconciliation.Figures;
import vn.dvk.local.faults.Reconciliation.Result;
import vn.dvk.testing.suite.PostgresInstance;
import vn.dvk.testing.suite.RestartableSuite;

/**
 * Runs one scenario on a started suite: load → fault → load through the outage → heal → load a little longer →
 * stop the load → wait until every service agrees (or the mode's recovery timeout) → report. The report lists
 * what went wrong; the test asserts that list is empty.
 */
public final class ScenarioRunner {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** After a database is back, its pool may still hand out a dead connection or two. */
    private static final Duration RECONNECT_GRACE = Duration.ofSeconds(15);

    private final RestartableSuite suite;
    private final FaultMode mode;
    private final Path reportFile;
    private final Reconciliation reconciliation;
    private final TopicTraffic traffic;
    /** For the funnel reads around a scenario, kept out of the load's call log. */
    private final DvkApi readerApi;

    public ScenarioRunner(RestartableSuite suite, FaultMode mode, Path reportFile) {
        this.suite = suite;
        this.mode = mode;
        this.reportFile = reportFile;
        this.reconciliation = new Reconciliation(suite.database(RestartableSuite.REGISTRY),
                suite.database(RestartableSuite.RECOGNITION), suite.database(RestartableSuite.REPORTING));
        this.traffic = new TopicTraffic(suite.kafka().bootstrapServers());
        this.readerApi = new DvkApi(replicasByService(), new CallLog());
    }

    public ScenarioReport run(String name, Fault fault) {
        Instant start = Instant.now();
        Map<TopicPartition, Long> mark = traffic.mark();
        Figures funnelBefore = await("the funnel before " + name).atMost(mode.recoveryTimeout())
                .until(this::funnel, Optional::isPresent).orElseThrow();
        CallLog calls = new CallLog();
        DvkApi api = new DvkApi(replicasByService(), calls);
        MetricsScraper metrics = new MetricsScraper(suite.allReplicas().toList());
        List<String> failures = new ArrayList<>();
        Instant faultAt;
        Instant healedAt;
        Duration healing;
        Accepted accepted;
        try (LoadGenerator load = new LoadGenerator(api, mode.submitEvery(), mode.queueVisitEvery(),
                mode.maxActionsPerVisit())) {
            accepted = load.accepted();
            await(name + ": warm-up submissions accepted").atMost(mode.recoveryTimeout())
                    .until(() -> accepted.submitted().size() >= mode.warmUpSubmits());
            faultAt = Instant.now();
            fault.inject().accept(load);
            // The outage lasts its time while the load goes on; then the heal runs.
            Instant healStart = CompletableFuture.supplyAsync(() -> {
                Instant began = Instant.now();
                fault.heal().run();
                return began;
            }, CompletableFuture.delayedExecutor(mode.outage().toMillis(), TimeUnit.MILLISECONDS)).join();
            healedAt = Instant.now();
            healing = Duration.between(healStart, healedAt);
            int beforeHeal = accepted.submitted().size();
            try {
                await(name + ": submissions accepted again after healing").atMost(mode.recoveryTimeout())
                        .until(() -> accepted.submitted().size() >= beforeHeal + mode.afterHealSubmits());
            } catch (ConditionTimeoutException e) {
                failures.add("the registry accepted no " + mode.afterHealSubmits()
                        + " submissions within " + mode.recoveryTimeout() + " after healing");
            }
        }
        Instant healBegan = healedAt.minus(healing);
        AtomicReference<Result> last = new AtomicReference<>();
        Optional<Duration> recovery;
        try {
            await(name + ": every service agrees").atMost(mode.recoveryTimeout())
                    .pollInterval(Duration.ofMillis(500))
                    .ignoreExceptions()
                    .until(() -> {
                        Figures now = funnel().orElseThrow(() -> new IllegalStateException("no funnel"));
                        last.set(reconciliation.check(start, accepted, funnelBefore, now));
                        return last.get().holds();
                    });
            recovery = Optional.of(Duration.between(healBegan, Instant.now()));
        } catch (ConditionTimeoutException e) {
            recovery = Optional.empty();
        }
        metrics.close();
        Result result = last.get();
        Map<String, TopicTraffic.Count> topics = traffic.since(mark);
        long deadLettered = topics.entrySet().stream().filter(e -> e.getKey().endsWith(".dlq"))
                .mapToLong(e -> e.getValue().records()).sum();
        List<Call> all = calls.since(start);
        Instant outageFrom = faultAt;
        Instant outageTo = healedAt;
        List<Call> duringOutage = all.stream()
                .filter(c -> fault.affected().map(c.service()::equals).orElse(false) && c.between(outageFrom, outageTo))
                .toList();
        judgeCalls(all, fault, outageFrom, outageTo.plus(RECONNECT_GRACE), failures);
        if (deadLettered > 0) {
            failures.add(deadLettered + " events dead-lettered: " + topics);
        }
        if (result == null) {
            failures.add("reconciliation could not read the databases or the funnel at all");
        } else if (!result.holds()) {
            failures.add("the services do not agree " + mode.recoveryTimeout() + " after healing: " + result.summary());
        }
        ScenarioReport report = new ScenarioReport(name, mode.name(), fault.description().equals("none")
                ? Duration.ZERO : mode.outage(),
                produced(RestartableSuite.REGISTRY, "registry", start),
                produced(RestartableSuite.RECOGNITION, "recognition", start), topics,
                metrics.events("applied"), metrics.events("duplicate"), metrics.events("parked"), metrics.events("dead_lettered"),
                metrics.highest("dvk_consumer_parked"), metrics.highest("dvk_outbox_backlog"),
                deadLettered, result == null ? -1 : result.lost(), outageFrom, outageTo, healing, recovery,
                accepted.submitted().size(), accepted.actions().size(), CallStats.of(all),
                CallStats.of(duringOutage), result == null ? "n/a" : result.summary(), failures);
        write(report);
        return report;
    }

    /**
     * A 5xx is a failure, except a 503 with a problem from the very service whose database is down, during the
     * outage (and shortly after, while its pool reconnects). A call that never got an answer is a hang.
     */
    private static void judgeCalls(List<Call> calls, Fault fault, Instant from, Instant to, List<String> failures) {
        List<Call> wrong = calls.stream()
                .filter(Call::serverError)
                .filter(c -> !(c.problem503() && fault.databaseDown().map(c.service()::equals).orElse(false)
                        && c.between(from, to)))
                .toList();
        if (!wrong.isEmpty()) {
            failures.add(wrong.size() + " answers 5xx other than a 503 problem of the service whose database was"
                    + " down; first: " + wrong.get(0).describe());
        }
        List<Call> hung = calls.stream().filter(c -> c.status() == Call.NO_ANSWER).toList();
        if (!hung.isEmpty()) {
            failures.add(hung.size() + " calls got no answer within " + DvkApi.ANSWER_TIMEOUT.toSeconds()
                    + " s; first: " + hung.get(0).describe());
        }
    }

    private Optional<Figures> funnel() {
        Call call = readerApi.get(RestartableSuite.REPORTING, "funnel", "/api/v1/reports/funnel?campaignId=dvk-2026",
                LoadGenerator.PROVINCE_REVIEWER);
        if (call.status() != 200) {
            return Optional.empty();
        }
        try {
            JsonNode f = JSON.readTree(call.body());
            return Optional.of(new Figures(f.path("submitted").asLong(), f.path("recognizedAtBase").asLong(),
                    f.path("recognizedAtBloc").asLong(), f.path("recognizedAtProvince").asLong()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Outbox rows the service wrote since the scenario began: the events it produced. */
    private long produced(String service, String schema, Instant since) {
        PostgresInstance db = suite.database(service);
        try (Connection c = db.connect(); PreparedStatement q = c.prepareStatement(
                "select count(*) from " + schema + ".outbox_message where occurred_at >= ?")) {
            q.setTimestamp(1, Timestamp.from(since));
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            return -1;
        }
    }

    private Map<String, List<vn.dvk.testing.suite.ServiceReplica>> replicasByService() {
        return Map.of(RestartableSuite.REGISTRY, suite.replicas(RestartableSuite.REGISTRY),
                RestartableSuite.RECOGNITION, suite.replicas(RestartableSuite.RECOGNITION),
                RestartableSuite.REPORTING, suite.replicas(RestartableSuite.REPORTING));
    }

    private void write(ScenarioReport report) {
        String text = ScenarioReport.TABLE_HEADER + "\n" + report.tableRow() + "\n\n" + report.details();
        System.out.println("\n" + text);
        try {
            Files.createDirectories(reportFile.getParent());
            Files.writeString(reportFile, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
