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
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.ContractFiles;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.TestTokens;
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
        WorkDirectories.deleteTree(WORK);
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
        JsonPath figures = awaitReport(leader, funnel, f -> f.getInt("recognizedAtProvince") == 76);
        assertEquals(600, figures.getInt("submitted"));
        assertEquals(512, figures.getInt("recognizedAtBase"), "more than 500 recognised at base level");
        assertEquals(78, figures.getInt("recognizedAtBloc"));
        assertEquals(76, figures.getInt("recognizedAtProvince"));
        JsonPath commendations = awaitReport(leader, "/api/v1/reports/commendations?organisationId=kg"
                + "&from=2021-01-01&asOf=2023-12-31", c -> commendedAtBase(c) == 322);
        assertEquals(322, commendedAtBase(commendations), "322 commended by base committees");
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
        JsonPath figures = awaitReport(leader, "/api/v1/reports/funnel?organisationId=ls&campaignId=ls-dvk-2016-2021",
                f -> f.getInt("recognizedAtBloc") == 19);
        assertEquals(50, figures.getInt("submitted"), "50 models built");
        assertEquals(19, figures.getInt("recognizedAtBloc"), "19 recognised by the bloc's decision");
        JsonPath indicators = awaitReport(leader, "/api/v1/reports/indicators?organisationId=ls&from=2016-01-01"
                + "&asOf=2021-06-30", i -> i.getLong("complaintsReceived") == 1337);
        assertEquals(23, indicators.getLong("directiveDocuments"));
        assertEquals(95, indicators.getLong("dialogues"));
        assertEquals(1337, indicators.getLong("complaintsReceived"));
        assertEquals(1272, indicators.getLong("complaintsResolved"));
    }

    @Test
    void anGiang2016To2020() {
        long started = System.nanoTime();
        importHistory(DemoCallers.admin(), "an-giang-2016-2020.json");
        System.out.printf("An Giang's 4,664 models imported in %d s%n",
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
        String leader = DemoCallers.leader(DemoCallers.PROVINCE);
        String period = "organisationId=ag&from=2016-01-01&asOf=2020-12-31";
        JsonPath figures = awaitReport(leader, "/api/v1/reports/funnel?" + period, f -> f.getInt("submitted") == 4664);
        assertEquals(4664, figures.getInt("submitted"), "4,664 models across both movements");
        JsonPath byField = report(leader, "/api/v1/reports/breakdown?by=FIELD&" + period);
        assertEquals(4, byField.getList("items").size(), "the four fields");
        assertEquals(4664, byField.getList("items.funnel.submitted", Integer.class).stream()
                .mapToInt(Integer::intValue).sum());
        assertEquals(4664, report(leader, "/api/v1/reports/funnel?movement=DVK&" + period).getInt("submitted")
                + report(leader, "/api/v1/reports/funnel?movement=DVK_NEW_RURAL&" + period).getInt("submitted"));
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

    private static JsonPath awaitReport(String token, String path, Predicate<JsonPath> complete) {
        return await().atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(2)).until(() -> report(token, path),
                complete);
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
