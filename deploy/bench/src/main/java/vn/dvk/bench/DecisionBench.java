package vn.dvk.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.suite.RestartableSuite;

/**
 * The time to issue one numbered decision over 1, 100 and 500 cases, and to render and to verify one certificate,
 * against the packaged recognition service (real PostgreSQL, Kafka, signed tokens). The cases are written straight
 * into recognition's database, under review at base level, so that only the decision is timed. See
 * deploy/bench/README.md.
 */
public final class DecisionBench {

    private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");
    private static final String BASE = DemoCallers.reviewer(DemoCallers.BASE);

    private final BenchHttp http;
    private final Connection db;
    private int decisions;

    private DecisionBench(URI recognition, Connection db) {
        this.http = new BenchHttp(recognition);
        this.db = db;
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchSuite.prepare(args, "decision-work", 5, 1);
        StringBuilder report = new StringBuilder("# Decisions and certificates\n\n```\n");
        try (RestartableSuite suite = BenchSuite.start(options);
                Connection db = suite.database(RestartableSuite.RECOGNITION).connect()) {
            DecisionBench bench = new DecisionBench(suite.replicas(RestartableSuite.RECOGNITION).get(0).url(), db);
            for (int size : List.of(1, 100, 500)) {
                List<Long> micros = new ArrayList<>();
                for (int round = 0; round < options.warmUp() + options.samples(); round++) {
                    List<UUID> cases = bench.casesAtBase(size);
                    long took = bench.timedDecision(cases);
                    if (round >= options.warmUp()) {
                        micros.add(took);
                    }
                }
                report.append(bench.print(Latencies.of("issue a decision over " + size + " cases", micros)));
            }
            UUID model = bench.casesAtBase(1).get(0);
            bench.timedDecision(List.of(model));
            String certificates = bench.get("/api/v1/cases/" + model + "/certificates", BASE);
            String certificate = first(ID, certificates);
            String token = first(TOKEN, certificates);
            int many = options.samples() * 20;
            report.append(bench.print(Latencies.measure("baseline: GET /api/v1/cases/{id}", many / 10, many,
                    () -> bench.get("/api/v1/cases/" + model, BASE))));
            report.append(bench.print(Latencies.measure("render a certificate (GET …/pdf)", many / 10, many,
                    () -> bench.get("/api/v1/certificates/" + certificate + "/pdf", BASE))));
            String verification = "/api/v1/certificates/verification?token="
                    + URLEncoder.encode(token, StandardCharsets.US_ASCII);
            report.append(bench.print(Latencies.measure("verify a certificate (public GET)", many / 10, many,
                    () -> bench.get(verification, null))));
        }
        report.append("```\n");
        Path file = options.workDirectory().resolve("decision-report.md");
        Files.writeString(file, report);
        System.out.println("Report: " + file);
    }

    private String print(Latencies latencies) {
        System.out.println(latencies.line());
        return latencies.line() + "\n";
    }

    /** New cases of the demo unit, under review at base level, as the registry's submissions would open them. */
    private List<UUID> casesAtBase(int count) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement cases = db.prepareStatement("""
                insert into recognition.review_case (model_id, campaign_id, title, field, kind, province_id,
                    province_name, bloc_id, bloc_name, base_id, base_name, unit_id, unit_name, level, stage,
                    event_sequence, model_version, opened_at, updated_at, arrived_at)
                values (?, 'dvk-bench', ?, 'CULTURE_SOCIETY', 'MODEL', 'ag', 'Tỉnh An Giang', 'ag-dukcqdn',
                    'Đảng bộ Khối các Cơ quan và Doanh nghiệp tỉnh An Giang', 'ag-syt', 'Đảng bộ Sở Y tế',
                    'ag-syt-bvdk', 'Bệnh viện Đa khoa Trung tâm An Giang', 'BASE', 'UNDER_REVIEW', 1, 1, ?, ?, ?)""");
                PreparedStatement levels = db.prepareStatement("""
                        insert into recognition.case_level (model_id, level, status, reviewing_org_id, arrived_at,
                            model_version) values (?, 'BASE', 'UNDER_REVIEW', 'ag-syt', ?, 1)""")) {
            for (int i = 0; i < count; i++) {
                UUID id = UUID.randomUUID();
                ids.add(id);
                cases.setObject(1, id);
                cases.setString(2, "Mô hình \"Dân vận khéo\" số " + id.toString().substring(0, 8));
                cases.setTimestamp(3, now);
                cases.setTimestamp(4, now);
                cases.setTimestamp(5, now);
                cases.addBatch();
                levels.setObject(1, id);
                levels.setTimestamp(2, now);
                levels.addBatch();
            }
            cases.executeBatch();
            levels.executeBatch();
        }
        return ids;
    }

    /** Microseconds from sending the decision to its 201. */
    private long timedDecision(List<UUID> cases) {
        String body = """
                {"number":"%d-QĐ/BENCH","issuedOn":"2026-06-15","level":"BASE","signerName":"Nguyễn Văn An",
                 "signerTitle":"Bí thư","legalBasis":"Căn cứ Quy chế","modelIds":[%s]}""".formatted(++decisions,
                cases.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(",")));
        long started = System.nanoTime();
        HttpResponse<String> response = http.post("/api/v1/decisions", BASE, body);
        long took = (System.nanoTime() - started) / 1000;
        BenchHttp.expect(201, response, "the decision");
        return took;
    }

    private String get(String path, String token) {
        return http.get(path, token);
    }

    private static String first(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("not found in " + body);
        }
        return matcher.group(1);
    }
}
