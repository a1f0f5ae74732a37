package vn.dvk.recognition.certificates;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.dvk.kit.text.Text;
import vn.dvk.recognition.CertificatePdfs;
import vn.dvk.recognition.Decisions;
import vn.dvk.recognition.domain.Commendation;
import vn.dvk.recognition.domain.Decision;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.DemoEvents;
import vn.dvk.testing.TestTokens;

/**
 * Every certificate the API accepts renders and verifies: the longest and strangest text a decision request and
 * the registry's submissions may carry gives certificates whose PDF reads back with a QR code that verifies them
 * as GENUINE, showing the text exactly as accepted; text the API refuses answers 400 and records nothing.
 */
@QuarkusTest
class CertificateInputsTest {

    private static final String UNIT = "ag-syt-strange";
    private static final String BASE = DemoCallers.reviewer(DemoCallers.BASE);
    private static final String SENTENCE = "Cán bộ, đảng viên gương mẫu vận động nhân dân tham gia xây dựng nông thôn mới. ";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a submission and a decision say: the model's title and unit, the signer, a commendation. */
    record Texts(String title, String unitName, String signerName, String signerTitle, String recipient,
            String achievement) {

        Texts withAchievement(String text) {
            return new Texts(title, unitName, signerName, signerTitle, recipient, text);
        }

        Texts withRecipient(String text) {
            return new Texts(title, unitName, signerName, signerTitle, text, achievement);
        }
    }

    static Stream<Arguments> accepted() {
        String wide = "Ẅ".repeat(300);
        return Stream.of(
                Arguments.of("every field at its limit", new Texts(wide, wide, "Ẅ".repeat(200), "Ẅ".repeat(200),
                        wide, words(2_000))),
                Arguments.of("a 1,700-character achievement", new Texts("Mô hình chăm sóc người bệnh",
                        "Bệnh viện Đa khoa", "Nguyễn Văn An", "Bí thư", "Ông Trần Văn Bình", words(1_700))),
                Arguments.of("emoji, line breaks and tabs", new Texts("Mô hình 👩‍⚕️\nchăm sóc 🏥 người bệnh",
                        "Khoa\tNhi 🧸", "Nguyễn Văn An 😀", "Bí thư\r\nĐảng uỷ", "Bà Lê 🇻🇳 Thị Mai",
                        "Thành tích\n\nxuất sắc 💯 năm 2026")),
                Arguments.of("decomposed Vietnamese, right to left, zero-width", new Texts(
                        Normalizer.normalize("Người dân tin yêu", Normalizer.Form.NFD) + " q\u0323\u0300",
                        "Khoa שלום مرحبا", "Nguyễn\u200B Văn\u200D An", "\u202EBí thư\u202C", "Ông 模型 Bình\uFEFF",
                        "Thành tích \u0301 hợp tác x\u20DD")));
    }

    static Stream<Arguments> refused() {
        Texts ordinary = new Texts("Mô hình", "Khoa Nhi", "Nguyễn Văn An", "Bí thư", "Bà Lê Thị Mai", "Thành tích");
        return Stream.of(
                Arguments.of("a 2,001-character achievement", ordinary.withAchievement(words(2_001)), "achievement"),
                Arguments.of("a recipient of 301 characters", ordinary.withRecipient("Ẅ".repeat(301)),
                        "recipientName"),
                Arguments.of("a control character", ordinary.withAchievement("Thành tích \u0007"), "achievement"),
                Arguments.of("a signer's name of 201 characters", new Texts("Mô hình", "Khoa Nhi", "A".repeat(201),
                        "Bí thư", "Bà Lê Thị Mai", "Thành tích"), "signerName"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void acceptedTextGivesCertificatesThatPrintAndVerify(String name, Texts texts) throws Exception {
        String model = caseAtBase(texts);
        String number = "QĐ-" + UUID.randomUUID();
        String decision = Decisions.issue(BASE, decision(number, model, texts)).statusCode(201).extract().path("id");

        List<Certificate> certificates = Certificate.ofDecision(UUID.fromString(decision));
        assertEquals(2, certificates.size(), name);
        for (Certificate certificate : certificates) {
            byte[] pdf = given().auth().oauth2(TestTokens.token("strange.cadre", UNIT, "submitter"))
                    .get("/api/v1/certificates/{id}/pdf", certificate.id).then().statusCode(200)
                    .contentType("application/pdf").extract().asByteArray();
            CertificatePdfs read = CertificatePdfs.read(pdf);
            assertEquals(1, read.pages(), name);
            String token = URLDecoder.decode(read.qrCode().substring(read.qrCode().indexOf("token=") + 6),
                    StandardCharsets.US_ASCII);
            assertTrue(token.length() < 130, name + ": the QR code's token " + token);
            String subject = certificate.kind == Certificate.Kind.RECOGNITION ? texts.title() : texts.achievement();
            given().queryParam("token", token).get("/api/v1/certificates/verification").then().statusCode(200)
                    .body("status", equalTo("GENUINE"))
                    .body("certificate.subject", equalTo(Text.nfc(subject)))
                    .body("certificate.signerName", equalTo(Text.nfc(texts.signerName())));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusedTextAnswers400NamingTheFieldAndRecordsNothing(String name, Texts texts, String field) {
        String model = caseAtBase(texts);
        String number = "QĐ-" + UUID.randomUUID();

        Response refused = Decisions.issue(BASE, decision(number, model, texts)).statusCode(400)
                .contentType("application/problem+json").extract().response();

        assertTrue(refused.asString().contains(field), name + ": " + refused.asString());
        assertEquals(0, Decision.count("number", number), name);
        assertEquals(0, Commendation.count("unitId = ?1 and recipientName = ?2", UNIT, texts.recipient()), name);
        assertEquals(List.of(), Certificate.ofModel(UUID.fromString(model)), name);
    }

    /** A new model of the strange unit, submitted with the texts' title and unit name; waits for its case. */
    private static String caseAtBase(Texts texts) {
        String modelId = UUID.randomUUID().toString();
        ObjectNode path = JSON.createObjectNode();
        path.set("province", org("ag", "Tỉnh An Giang"));
        path.set("bloc", org("ag-dukcqdn", "Đảng bộ Khối các Cơ quan và Doanh nghiệp tỉnh An Giang"));
        path.set("base", org(DemoCallers.BASE, "Đảng bộ Sở Y tế"));
        path.set("unit", org(UNIT, texts.unitName()));
        ObjectNode event = JSON.createObjectNode().put("modelId", modelId).put("sequence", 1).put("version", 1)
                .put("level", "BASE").put("campaignId", "strange-texts").put("title", texts.title())
                .put("field", "CULTURE_SOCIETY").put("kind", "MODEL").put("ownerKind", "COLLECTIVE")
                .put("submittedAt", "2026-03-01T08:00:00Z");
        event.set("path", path);
        DemoEvents.send(DemoEvents.REGISTRY, DemoEvents.MODEL_EVENTS, DemoEvents.SUBMITTED, modelId, event.toString());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(BASE)
                .queryParam("campaignId", "strange-texts").queryParam("limit", 500).get("/api/v1/reviews").then()
                .statusCode(200).body("items.modelId", hasItem(modelId)));
        return modelId;
    }

    private static String decision(String number, String model, Texts texts) {
        ObjectNode commendation = JSON.createObjectNode().put("form", "GIAY_KHEN").put("grade", "OUTSTANDING")
                .put("recipientKind", "INDIVIDUAL")
                .put("recipientName", texts.recipient()).put("unitId", UNIT).put("achievement", texts.achievement());
        ObjectNode body = JSON.createObjectNode().put("number", number).put("issuedOn", "2026-06-15")
                .put("level", "BASE").put("signerName", texts.signerName()).put("signerTitle", texts.signerTitle())
                .put("legalBasis", Decisions.LEGAL_BASIS);
        body.putArray("modelIds").add(model);
        body.putArray("commendations").add(commendation);
        return body.toString();
    }

    private static ObjectNode org(String id, String name) {
        return JSON.createObjectNode().put("id", id).put("name", name);
    }

    /** Vietnamese sentences cut to exactly so many characters, ending on a letter. */
    private static String words(int length) {
        return SENTENCE.repeat(length / SENTENCE.length() + 1).substring(0, length - 1) + "a";
    }
}
