package vn.dvk.local;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.HashMap;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.ContractFiles;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.TestTokens;
import vn.dvk.testing.suite.FileTrees;
import vn.dvk.testing.suite.RestartableSuite;
import vn.dvk.testing.suite.SuiteLayout;

/**
 * Issue 19: the figures the seed articles publish come out of the reporting API exactly, from the history files
 * shipped under deploy/local/demo/history, imported through the registry's API into the whole suite (a Kafka
 * broker, a PostgreSQL server per service and the packaged services, each a process of its own, signed tokens).
 * Nothing in reporting knows the past was imported: the figures come from the events recognition and the registry
 * publish, stamped with when things happened, so a report as of a past day reads that day.
 */
class HistoryFiguresIT {

    /** Every part on ports 19200..19300, apart from the launcher's and the other ITs'. */
    private static final int BASE_PORT = 19200;
    private static final Path WORK = Path.of("target/history-figures");
    private static final Path HISTORY = Path.of("demo/history");
    private static final Duration EVENTUALLY = Duration.ofMinutes(10);
    /** A province's cycle is one request: on a busy two-core machine it may take minutes. */
    private static final RestAssuredConfig PATIENT = RestAssured.config().httpClient(
            HttpClientConfig.httpClientConfig().setParam("http.socket.timeout", 900_000));
    private static final ObjectMapper JSON = new ObjectMapper();

    private static RestartableSuite suite;

    @BeforeAll
    static void startSuite() throws IOException {
        Path repoRoot = Path.of("").toAbsolutePath().getParent().getParent();
        FileTrees.delete(WORK);
        // the demo province, and the trees of the two provinces it does not hold
        String seeds = String.join(",", ContractFiles.CLASSPATH + ContractFiles.DEMO_PROVINCE,
                HISTORY.resolve("kien-giang-tree.json").toAbsolutePath().toString(),
                HISTORY.resolve("lang-son-tree.json").toAbsolutePath().toString());
        suite = RestartableSuite.start(new SuiteLayout(repoRoot, WORK.toAbsolutePath(), 1, BASE_PORT,
                Duration.ofSeconds(300)), Map.of(RestartableSuite.REGISTRY, Map.of("DVK_REGISTRY_SEED_FILE", seeds)));
    }

    @AfterAll
    static void stopSuite() {
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    void kienGiang2021To2023() throws IOException {
        importHistory(TestTokens.token("kg.admin", "kg", "admin"), "kien-giang-2021-2023.json");
        String leader = TestTokens.token("kg.leader", "kg", "leader");
        String funnel = "/api/v1/reports/funnel?organisationId=kg&campaignId=kg-dvk-2021-2023";
        // 600 registered; "more than 500" recognised at base level (512), 78 at bloc, 76 at provincial level
        awaitFigures(Map.of("submitted", 600, "recognizedAtBase", 512, "recognizedAtBloc", 78,
                "recognizedAtProvince", 76), () -> funnel(report(leader, funnel)));
        // 322 commended by base committees
        awaitFigures(Map.of("commendedAtBase", 322), () -> Map.of("commendedAtBase", commendedAtBase(report(leader,
                "/api/v1/reports/commendations?organisationId=kg&from=2021-01-01&asOf=2023-12-31"))));
        // as the figures stood at the end of 2022: only the two first years' base decisions
        JsonPath end2022 = report(leader, funnel + "&asOf=2022-12-31");
        assertEquals(baseRecognitionsBy("kien-giang-2021-2023.json", LocalDate.of(2022, 12, 31)),
                end2022.getInt("recognizedAtBase"));
        assertEquals(0, end2022.getInt("recognizedAtBloc"));
    }

    @Test
    void langSon2016To2021() {
        importHistory(TestTokens.token("ls.admin", "ls", "admin"), "lang-son-2016-2021.json");
        String leader = TestTokens.token("ls.leader", "ls", "leader");
        // 50 models built, 19 recognised by the bloc's decision
        awaitFigures(Map.of("submitted", 50, "recognizedAtBloc", 19), () -> funnel(report(leader,
                "/api/v1/reports/funnel?organisationId=ls&campaignId=ls-dvk-2016-2021")));
        // 23 directive documents, 95 dialogues, 1,272 of 1,337 complaints resolved (the 60 months of the period)
        awaitFigures(Map.of("directiveDocuments", 23, "dialogues", 95, "complaintsReceived", 1337,
                "complaintsResolved", 1272), () -> indicators(report(leader,
                "/api/v1/reports/indicators?organisationId=ls&from=2016-07-01&asOf=2021-06-30")));
    }

    @Test
    void anGiang2016To2020() {
        long started = System.nanoTime();
        importHistory(DemoCallers.admin(), "an-giang-2016-2020.json");
        System.out.printf("An Giang's 4,664 models imported in %d s%n",
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
        String leader = DemoCallers.leader(DemoCallers.PROVINCE);
        String period = "organisationId=ag&from=2016-01-01&asOf=2020-12-31";
        // 4,664 models in the four fields across both movements: each movement's breakdown by field, added up
        awaitFigures(Map.of("submitted", 4664, "fields", 4), () -> {
            Map<String, Integer> byField = new HashMap<>();
            for (String movement : new String[] {"DVK", "DVK_NEW_RURAL"}) {
                JsonPath breakdown = report(leader, "/api/v1/reports/breakdown?by=FIELD&movement=" + movement + "&"
                        + period);
                List<String> fields = breakdown.getList("items.value");
                List<Integer> submitted = breakdown.getList("items.funnel.submitted", Integer.class);
                for (int i = 0; i < fields.size(); i++) {
                    byField.merge(fields.get(i), submitted.get(i), Integer::sum);
                }
            }
            return Map.of("submitted", byField.values().stream().mapToInt(Integer::intValue).sum(),
                    "fields", (int) byField.values().stream().filter(n -> n > 0).count());
        });
        System.out.printf("An Giang's figures in reporting %d s after the import began%n",
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
    }

    private static void importHistory(String admin, String file) {
        try {
            given().config(PATIENT).baseUri(url(RestartableSuite.REGISTRY)).auth().oauth2(admin)
                    .contentType(ContentType.JSON).body(Files.readAllBytes(HISTORY.resolve(file)))
                    .post("/api/v1/history-imports").then().statusCode(201);
        } catch (IOException e) {
            throw new IllegalStateException("The fixture " + file + " is missing", e);
        }
    }

    /** Waits until the figures read are those expected; fails naming the figures last read. */
    private static void awaitFigures(Map<String, Integer> expected, Supplier<Map<String, Integer>> read) {
        await().atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> {
                    Map<String, Integer> actual = new HashMap<>(read.get());
                    actual.keySet().retainAll(expected.keySet());
                    assertEquals(expected, actual);
                });
    }

    /** The funnel's figures the seeds publish. */
    private static Map<String, Integer> funnel(JsonPath funnel) {
        Map<String, Integer> figures = new HashMap<>();
        for (String figure : List.of("submitted", "recognizedAtBase", "recognizedAtBloc", "recognizedAtProvince")) {
            figures.put(figure, funnel.getInt(figure));
        }
        return figures;
    }

    private static Map<String, Integer> indicators(JsonPath report) {
        Map<String, Integer> figures = new HashMap<>();
        for (String figure : List.of("directiveDocuments", "dialogues", "complaintsReceived", "complaintsResolved")) {
            figures.put(figure, report.getInt(figure));
        }
        return figures;
    }

    private static JsonPath report(String token, String path) {
        return given().baseUri(url(RestartableSuite.REPORTING)).auth().oauth2(token).get(path)
                .then().statusCode(200).extract().jsonPath();
    }

    private static int commendedAtBase(JsonPath commendations) {
        return commendations.getList("items.findAll { it.level == 'BASE' }.count", Integer.class).stream()
                .mapToInt(Integer::intValue).sum();
    }

    /** How many recognitions the file's base decisions of that day or before make. */
    private static int baseRecognitionsBy(String file, LocalDate day) throws IOException {
        int count = 0;
        for (JsonNode decision : JSON.readTree(HISTORY.resolve(file).toFile()).path("decisions")) {
            if (decision.path("level").asText().equals("BASE")
                    && !LocalDate.parse(decision.path("issuedOn").asText()).isAfter(day)) {
                count += decision.path("recognises").size();
            }
        }
        return count;
    }

    private static String url(String service) {
        return suite.replicas(service).get(0).url().toString();
    }
}
