package vn.dvk.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import vn.dvk.kit.metrics.MeterCatalogue;
import vn.dvk.kit.metrics.MeterName;
import vn.dvk.kit.metrics.MeterName.Kind;

/**
 * The observability manifests hold together: alerts and dashboards name only metrics something exports, in
 * expressions that parse; every alert says how bad it is and where its runbook is; Prometheus can scrape every
 * part of the suite. The checks themselves are in {@link Monitoring}; BrokenManifestTest proves they catch
 * what they are for.
 */
class MonitoringTest {

    static final List<String> OVERLAYS = Manifests.OVERLAYS;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void alertsDashboardsAndScrapingHold(String overlay) {
        List<ObjectNode> docs = Kustomize.documents(overlay);
        assertEquals(List.of(), Manifests.monitoringProblems(docs, Site.values(overlay).get("MONITORING_NAMESPACE")));
    }

    @Test
    void theSuitesMetricNamesAreTheDeclaredMetersAsMicrometerNamesThem() {
        Metrics.Suite suite = Metrics.suite();
        assertEquals(List.of(), suite.problems());
        // as the Prometheus registry of Quarkus 3.30 (Micrometer 1.14, simpleclient) prints them: a gauge with
        // base unit seconds gains _seconds, counters _total, a gauge already ending in its unit or in "total"
        // keeps its name
        for (String name : List.of("dvk_outbox_backlog", "dvk_outbox_oldest_age_seconds", "dvk_outbox_published_total",
                "dvk_outbox_failed_batches_total", "dvk_outbox_skipped_batches_total", "dvk_consumer_events_total",
                "dvk_consumer_retries_total", "dvk_consumer_parked", "dvk_consumer_parked_oldest_age_seconds",
                "dvk_reporting_freshness_seconds", "dvk_reporting_rebuild_events_applied",
                "dvk_reporting_rebuild_events_total", "dvk_reporting_rebuild_rate")) {
            assertTrue(suite.metrics().containsKey(name), name + " not derived; derived: " + suite.metrics().keySet());
        }
        assertFalse(suite.metrics().containsKey("dvk_consumer_parked_oldest_age"), "the base unit was dropped");
        assertFalse(suite.metrics().containsKey("dvk_reporting_freshness_seconds_seconds"));
    }

    @Test
    void micrometerNamingOfEachMeterType() {
        assertEquals(List.of("a_b_seconds"), names(Kind.GAUGE, "a.b", "seconds"));
        assertEquals(List.of("a_b"), names(Kind.GAUGE, "a.b", null));
        assertEquals(List.of("a_b_seconds"), names(Kind.TIME_GAUGE, "a.b", "seconds"));
        assertEquals(List.of("a_b_total"), names(Kind.COUNTER, "a.b", null));
        assertEquals(List.of("a_b_total"), names(Kind.COUNTER, "a.b.total", null));
        assertEquals(List.of("a_bytes_total"), names(Kind.COUNTER, "a", "bytes"));
        assertEquals(List.of("http_server_requests_seconds_count", "http_server_requests_seconds_sum",
                "http_server_requests_seconds_max"), names(Kind.TIMER, "http.server.requests", null));
    }

    private static List<String> names(Kind kind, String meter, String baseUnit) {
        return new MeterName(meter, kind, baseUnit).prometheusNames();
    }

    @Test
    void declarationsTheServicesTestsCouldNotCheckAreReported() {
        MeterCatalogue declarations = new MeterCatalogue() {
            @Override
            public List<MeterName> meters() {
                return List.of(MeterName.counter("dvk.twice"), MeterName.gauge("dvk.twice"),
                        MeterName.gauge("jvm.hidden"));
            }
        };
        List<String> problems = Metrics.suite(List.of(declarations)).problems();
        assertTrue(problems.stream().anyMatch(p -> p.contains("dvk.twice is declared twice")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("jvm.hidden is not named dvk.")), problems::toString);
        assertTrue(Metrics.suite(List.of()).problems().stream().anyMatch(p -> p.contains("no MeterCatalogue")));
    }

    @Test
    void promqlMetricsAndMatchersAreExtracted() {
        PromQL.Expression e = PromQL.parse("""
                sum by (namespace, job) (rate(http_server_requests_seconds_count{job=~"a|b", status=~"5.."}[5m]))
                  / on (job) group_left
                sum by (namespace, job) (rate(http_server_requests_seconds_count[$__rate_interval] offset 1h)) > 0.05
                and time() - max(barman_cloud_cloudnative_pg_io_last_available_backup_timestamp{namespace="dvk"}) > 26 * 3600
                or {__name__="up", job="x"} == 0 # a comment naming not_a_metric
                """);
        assertEquals(List.of(), e.problems());
        assertEquals(Set.of("http_server_requests_seconds_count",
                "barman_cloud_cloudnative_pg_io_last_available_backup_timestamp", "up"), e.metrics());
        assertTrue(e.matchers().contains(new PromQL.LabelMatcher(
                "barman_cloud_cloudnative_pg_io_last_available_backup_timestamp", "namespace", "=", "dvk")));
        assertTrue(e.matchers().contains(new PromQL.LabelMatcher("http_server_requests_seconds_count", "status", "=~",
                "5..")));
    }

    @Test
    void promqlThatWouldNotParseIsReported() {
        assertFalse(PromQL.parse("sum(rate(x[5m])").problems().isEmpty(), "unbalanced parentheses");
        assertFalse(PromQL.parse("rat(x[5m])").problems().isEmpty(), "unknown function");
        assertFalse(PromQL.parse("x{job=\"a\"").problems().isEmpty(), "unclosed selector");
        assertFalse(PromQL.parse("x{job=a}").problems().isEmpty(), "unquoted label value");
        assertFalse(PromQL.parse("rate(x[5 minutes])").problems().isEmpty(), "malformed range");
        assertFalse(PromQL.parse("sum by job (x)").problems().isEmpty(), "by without parentheses");
        assertFalse(PromQL.parse("").problems().isEmpty(), "empty");
    }

    @Test
    void githubAnchorsOfTheRunbook() {
        assertEquals(Set.of("dvkoutboxdelayed", "where-the-metrics-come-from", "before-the-first-alert"),
                Monitoring.anchors("## DvkOutboxDelayed\ntext\n## Where the metrics come from\n```\n## not a heading\n"
                        + "```\n## Before the first alert\n"));
        assertTrue(Monitoring.anchors(Monitoring.alertsMarkdown()).contains("dvkbackuptooold"));
    }

    @Test
    void everyOperatorMetricHasItsSource() {
        Metrics.OPERATORS.forEach((name, source) -> {
            assertFalse(source.exporter().isBlank(), name);
            assertTrue(source.reference().startsWith("https://"), name + ": " + source.reference());
        });
        Metrics.STANDARD.forEach((name, source) -> assertTrue(source.reference().startsWith("https://"), name));
        Metrics.NOT_EXPORTED.keySet().forEach(name -> assertFalse(Metrics.OPERATORS.containsKey(name), name));
    }
}
