package vn.dvk.k8s;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.dvk.kit.metrics.MeterCatalogue;
import vn.dvk.kit.metrics.MeterName;

/**
 * Every metric name an alert or a dashboard may use, and where it comes from:
 * <ul>
 * <li>the suite's own: the meters the service kit and the services declare in their catalogues
 * ({@code KitMeters.OUTBOX_OLDEST_AGE}, a gauge {@code dvk.outbox.oldest.age} in seconds), read from their jars on
 * this module's classpath and named as Micrometer's Prometheus registry names them
 * ({@code dvk_outbox_oldest_age_seconds}); each service's tests check that it exports no dvk_ series its
 * catalogues do not declare;</li>
 * <li>the standard ones of Quarkus and Micrometer (HTTP server timer, JVM binders);</li>
 * <li>the operators' and the cluster's, each with its exporter and the documentation or source it was
 * checked in (also listed in ALERTS.md, "Where the metrics come from").</li>
 * </ul>
 * Names that look plausible but are not exported in this installation are listed apart, with the reason.
 */
final class Metrics {

    /** Where a metric comes from: the exporter and the page or file its name was checked in. */
    record Source(String exporter, String reference) {
    }

    /**
     * Quarkus 3.30 with micrometer-registry-prometheus-simpleclient 1.14: the timer http.server.requests (no
     * histogram is configured, so no _bucket series) and the JVM binders Quarkus registers (JvmMemoryMetrics,
     * JvmHeapPressureMetrics, JvmGcMetrics). Names as the registry prints them, checked by registering the same
     * meters in that registry.
     */
    static final Map<String, Source> STANDARD = new TreeMap<>();

    /** The operators' and the cluster's metrics the rules and the dashboard may use. */
    static final Map<String, Source> OPERATORS = new TreeMap<>();

    /** Names that are not exported in this installation, with what to use instead. */
    static final Map<String, String> NOT_EXPORTED = new TreeMap<>();

    static {
        Source http = new Source("Quarkus Micrometer, timer http.server.requests",
                "https://quarkus.io/guides/telemetry-micrometer");
        for (String suffix : List.of("_count", "_sum", "_max")) {
            STANDARD.put("http_server_requests_seconds" + suffix, http);
        }
        Source memory = new Source("Micrometer JvmMemoryMetrics (Quarkus JVM binder)",
                "https://docs.micrometer.io/micrometer/reference/reference/jvm.html");
        for (String name : List.of("jvm_memory_used_bytes", "jvm_memory_committed_bytes", "jvm_memory_max_bytes")) {
            STANDARD.put(name, memory);
        }
        Source pressure = new Source("Micrometer JvmHeapPressureMetrics (Quarkus JVM binder)",
                "https://docs.micrometer.io/micrometer/reference/reference/jvm.html");
        STANDARD.put("jvm_memory_usage_after_gc", pressure);
        STANDARD.put("jvm_gc_overhead", pressure);
        Source gc = new Source("Micrometer JvmGcMetrics (Quarkus JVM binder)",
                "https://docs.micrometer.io/micrometer/reference/reference/jvm.html");
        for (String name : List.of("jvm_gc_live_data_size_bytes", "jvm_gc_max_data_size_bytes",
                "jvm_gc_memory_allocated_bytes_total", "jvm_gc_memory_promoted_bytes_total")) {
            STANDARD.put(name, gc);
        }

        Source exporter = new Source("Kafka Exporter (Strimzi 1.2.0 spec.kafkaExporter), PodMonitor dvk-kafka",
                "https://github.com/danielqsj/kafka_exporter#metrics");
        for (String name : List.of("kafka_consumergroup_lag", "kafka_consumergroup_current_offset",
                "kafka_topic_partition_under_replicated_partition")) {
            OPERATORS.put(name, exporter);
        }
        Source reporter = new Source("Kafka nodes, Strimzi Metrics Reporter (metricsConfig), PodMonitor dvk-kafka",
                "https://github.com/strimzi/strimzi-kafka-operator/blob/1.2.0/packaging/examples/metrics/"
                        + "strimzi-metrics-reporter/grafana-dashboards/strimzi-kafka.json");
        for (String name : List.of("kafka_cluster_partition_underminisr",
                "kafka_controller_kafkacontroller_offlinepartitionscount",
                "kafka_server_replicamanager_underreplicatedpartitions")) {
            OPERATORS.put(name, reporter);
        }
        OPERATORS.put("strimzi_certificate_expiration_timestamp_ms", new Source("Strimzi Cluster Operator",
                "https://github.com/strimzi/strimzi-kafka-operator/blob/1.2.0/cluster-operator/src/main/java/io/strimzi/"
                        + "operator/cluster/operator/assembly/KafkaAssemblyOperatorMetricsHolder.java"));
        Source cnpgQueries = new Source("CloudNativePG 1.30 instance exporter, default queries, PodMonitor dvk-postgresql",
                "https://github.com/cloudnative-pg/cloudnative-pg/blob/v1.30.0/config/manager/default-monitoring.yaml");
        for (String name : List.of("cnpg_pg_stat_archiver_failed_count", "cnpg_pg_stat_archiver_last_failed_time",
                "cnpg_pg_stat_archiver_last_archived_time", "cnpg_pg_stat_archiver_seconds_since_last_archival",
                "cnpg_pg_replication_lag", "cnpg_backends_max_tx_duration_seconds")) {
            OPERATORS.put(name, cnpgQueries);
        }
        OPERATORS.put("cnpg_collector_pg_wal_archive_status", new Source(
                "CloudNativePG 1.30 instance exporter, built in, PodMonitor dvk-postgresql",
                "https://cloudnative-pg.io/documentation/1.30/monitoring/"));
        Source barman = new Source("Barman Cloud plugin 0.14, through the instance exporter, PodMonitor dvk-postgresql",
                "https://cloudnative-pg.io/plugin-barman-cloud/docs/observability/");
        for (String name : List.of("barman_cloud_cloudnative_pg_io_last_available_backup_timestamp",
                "barman_cloud_cloudnative_pg_io_last_failed_backup_timestamp",
                "barman_cloud_cloudnative_pg_io_first_recoverability_point")) {
            OPERATORS.put(name, barman);
        }
        Source kubelet = new Source("kubelet", "https://kubernetes.io/docs/reference/instrumentation/metrics/");
        OPERATORS.put("kubelet_volume_stats_available_bytes", kubelet);
        OPERATORS.put("kubelet_volume_stats_capacity_bytes", kubelet);
        Source deployments = new Source("kube-state-metrics", "https://github.com/kubernetes/kube-state-metrics/blob/"
                + "main/docs/metrics/workload/deployment-metrics.md");
        OPERATORS.put("kube_deployment_status_replicas_available", deployments);
        OPERATORS.put("kube_deployment_spec_replicas", deployments);
        Source pods = new Source("kube-state-metrics", "https://github.com/kubernetes/kube-state-metrics/blob/"
                + "main/docs/metrics/workload/pod-metrics.md");
        for (String name : List.of("kube_pod_status_ready", "kube_pod_status_phase",
                "kube_pod_container_status_restarts_total", "kube_pod_container_status_last_terminated_reason")) {
            OPERATORS.put(name, pods);
        }
        Source certManager = new Source("cert-manager controller",
                "https://cert-manager.io/docs/devops-tips/prometheus-metrics/");
        OPERATORS.put("certmanager_certificate_expiration_timestamp_seconds", certManager);
        OPERATORS.put("certmanager_certificate_ready_status", certManager);
        OPERATORS.put("up", new Source("Prometheus, for every scrape target",
                "https://prometheus.io/docs/concepts/jobs_instances/"));

        String plugin = "describes backups of CloudNativePG's deprecated built-in Barman support, not those of the"
                + " Barman Cloud plugin: use barman_cloud_cloudnative_pg_io_";
        NOT_EXPORTED.put("cnpg_collector_last_available_backup_timestamp", plugin + "last_available_backup_timestamp");
        NOT_EXPORTED.put("cnpg_collector_last_failed_backup_timestamp", plugin + "last_failed_backup_timestamp");
        NOT_EXPORTED.put("cnpg_collector_first_recoverability_point", plugin + "first_recoverability_point");
    }

    /** The suite's metrics as Prometheus names → the declared meter they come from; what is wrong with those. */
    record Suite(Map<String, String> metrics, List<String> problems) {
    }

    private Metrics() {
    }

    private static Suite suite;

    /** The suite's metrics: the meters declared by the catalogues of the kit and the services on the classpath. */
    static synchronized Suite suite() {
        if (suite == null) {
            suite = suite(MeterCatalogue.all());
        }
        return suite;
    }

    /**
     * The series the declared meters appear as (MeterName.prometheusNames), and what would let a meter escape the
     * services' tests that every dvk_ series they export is declared: a name outside dvk., one declared twice.
     */
    static Suite suite(List<MeterCatalogue> catalogues) {
        Map<String, String> metrics = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        Map<String, String> declaredBy = new HashMap<>();
        if (catalogues.isEmpty()) {
            problems.add("no MeterCatalogue on the classpath: deploy/k8s must depend on the service kit and the"
                    + " services, each listing its catalogue in META-INF/services/" + MeterCatalogue.class.getName());
        }
        for (MeterCatalogue catalogue : catalogues) {
            String where = catalogue.getClass().getName();
            for (MeterName meter : catalogue.meters()) {
                if (!meter.name().startsWith(MeterName.SUITE_PREFIX)) {
                    problems.add(where + ": " + meter.name() + " is not named " + MeterName.SUITE_PREFIX
                            + "..., so the services' tests of what they export would not see it");
                }
                String before = declaredBy.putIfAbsent(meter.name(), where);
                if (before != null) {
                    problems.add(meter.name() + " is declared twice: by " + before + " and by " + where);
                }
                for (String name : meter.prometheusNames()) {
                    metrics.put(name, where + " (" + meter.kind() + " " + meter.name() + ")");
                }
            }
        }
        return new Suite(metrics, problems);
    }

    /** Every known name → where it comes from, the suite's own first. */
    static Map<String, String> known(Suite suite) {
        Map<String, String> known = new LinkedHashMap<>(suite.metrics());
        STANDARD.forEach((name, source) -> known.putIfAbsent(name, source.exporter()));
        OPERATORS.forEach((name, source) -> known.putIfAbsent(name, source.exporter() + ", " + source.reference()));
        return known;
    }

    /** What is wrong with naming this metric; empty when it is exported. */
    static Optional<String> problem(String metric, Suite suite) {
        if (NOT_EXPORTED.containsKey(metric)) {
            return Optional.of(metric + " is not exported here: it " + NOT_EXPORTED.get(metric));
        }
        if (known(suite).containsKey(metric)) {
            return Optional.empty();
        }
        return Optional.of(metric + " is exported by nothing this suite runs: neither a meter of the service kit or"
                + " the services, nor a standard Quarkus/Micrometer metric, nor in the table of operator metrics"
                + " (Metrics.OPERATORS, with its source, and ALERTS.md)");
    }
}
