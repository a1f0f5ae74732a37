package vn.dvk.recognition.certificates;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dvk.recognition.CaseActions;
import vn.dvk.recognition.CertificatePdfs;
import vn.dvk.recognition.Decisions;
import vn.dvk.recognition.Submissions;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.DemoEvents;
import vn.dvk.testing.EventSchemas;
import vn.dvk.testing.TestTokens;
import vn.dvk.testing.TopicProbe;

/** Certificates: printed in Vietnamese with a QR code, verified by signature by anyone, and revoked with their decision. */
@QuarkusTest
class CertificateTest {

    private static final String BASE = DemoCallers.reviewer(DemoCallers.BASE);
    private static final String VERIFY = "/api/v1/certificates/verification";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    @Test
    void aGenuineCertificatePassesAndAForgedAlteredOrRevokedOneDoesNot() throws Exception {
        String campaign = "cert-" + UUID.randomUUID().toString().substring(0, 8);
        String model = Submissions.casesAtBase(campaign, 1).get(0);
        String commendations = """
                {"form":"GIAY_KHEN","grade":"ACHIEVEMENT","recipientKind":"COLLECTIVE","recipientName":"Khoa Khám bệnh",
                 "unitId":"ag-syt-bvdk","modelId":"%s","achievement":"Thực hiện tốt mô hình Dân vận khéo"},
                {"form":"GIAY_KHEN","grade":"OUTSTANDING","recipientKind":"INDIVIDUAL","recipientName":"Bà Nguyễn Thị Hạnh","unitId":"ag-syt-bvdk",
                 "achievement":"Có thành tích xuất sắc trong công tác dân vận năm 2026"}""".formatted(model);
        String body = Decisions.body("45-QĐ/ĐU-" + campaign, "BASE", List.of(model), commendations);
        String decision = given().auth().oauth2(BASE).contentType("application/json").header("Idempotency-Key", campaign)
                .body(body).post("/api/v1/decisions").then().statusCode(201).body("commendations", hasSize(2))
                .extract().path("id");
        // the client's retry of the same request gets the same decision, not a duplicate-number refusal
        given().auth().oauth2(BASE).contentType("application/json").header("Idempotency-Key", campaign).body(body)
                .post("/api/v1/decisions").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(decision));

        // one achievement, one form at a level; a form awarded at another level only
        Decisions.issue(BASE, Decisions.body("46-QĐ/ĐU-" + campaign, "BASE", List.of(), """
                {"form":"GIAY_KHEN","grade":"ACHIEVEMENT","recipientKind":"COLLECTIVE","recipientName":"Khoa Khám bệnh",
                 "unitId":"ag-syt-bvdk","modelId":"%s","achievement":"Lần nữa"},
                {"form":"BANG_KHEN","recipientKind":"INDIVIDUAL","recipientName":"Ông B","unitId":"ag-syt-bvdk",
                 "achievement":"Khác"}""".formatted(model))).statusCode(409)
                .body("current.commendation", equalTo(List.of(0, 1)));

        List<String> tokens = given().auth().oauth2(BASE).get("/api/v1/cases/{id}/certificates", model).then()
                .statusCode(200).body("kind", equalTo(List.of("RECOGNITION", "COMMENDATION")))
                .extract().path("token");
        String certificateId = given().auth().oauth2(BASE).get("/api/v1/cases/{id}/certificates", model).then()
                .extract().path("[0].id");

        // the unit reads its certificate as a PDF: Vietnamese text intact, and a QR code that verifies it
        byte[] pdf = given().auth().oauth2(DemoCallers.unitCadre()).get("/api/v1/certificates/{id}/pdf", certificateId)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        Path kept = Path.of("target", "certificate-sample.pdf");
        Files.write(kept, pdf);
        CertificatePdfs read = CertificatePdfs.read(pdf);
        // in the Party's format, the heading from the unit's organisation path: the base committee's certificate
        List<String> lines = vn.dvk.recognition.documents.DocumentSamples.lines(pdf);
        assertEquals(List.of("ĐẢNG BỘ KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH AN GIANG", "ĐẢNG ỦY SỞ Y TẾ", "*",
                "Số 45-QĐ/ĐU-" + campaign, "ĐẢNG CỘNG SẢN VIỆT NAM", "An Giang, ngày 15 tháng 6 năm 2026",
                "ĐẢNG ỦY SỞ Y TẾ", "GIẤY CHỨNG NHẬN", "Công nhận mô hình “Mô hình \"Dân vận khéo\" tại bệnh viện”",
                "của Bệnh viện Đa khoa Trung tâm An Giang",
                "đạt mô hình, điển hình “Dân vận khéo” cấp cơ sở – " + campaign,
                "Theo Quyết định số 45-QĐ/ĐU-" + campaign + ", ngày 15 tháng 6 năm 2026", "T/M ĐẢNG ỦY",
                "PHÓ BÍ THƯ THƯỜNG TRỰC", "Nguyễn Văn An", "Quét mã để xác thực giấy chứng nhận"),
                lines.subList(0, 16), read.text());
        assertTrue(read.text().contains("Khoá ký: demo-2026"), read.text());
        assertTrue(read.qrCode().startsWith("http://localhost:8082" + VERIFY + "?token="), read.qrCode());
        assertEquals(tokens.get(0), URLDecoder.decode(read.qrCode().substring(read.qrCode().indexOf("token=") + 6),
                StandardCharsets.US_ASCII));
        // the QR code carries the certificate's id and signature, whatever the length of its text
        assertEquals(certificateId + "." + signatureOf(tokens.get(0)), tokens.get(0));
        given().queryParam("token", tokens.get(0)).get(VERIFY).then().statusCode(200)
                .body("status", equalTo("GENUINE")).body("certificate.holder", equalTo("Bệnh viện Đa khoa Trung tâm An Giang"))
                .body("certificate.decisionNumber", equalTo("45-QĐ/ĐU-" + campaign))
                .body("certificate.keyId", equalTo("demo-2026"));
        given().queryParam("token", tokens.get(1)).get(VERIFY).then().body("status", equalTo("GENUINE"))
                .body("certificate.form", equalTo("Giấy khen"));

        // another key's signature under our certificate's id
        var forger = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Certificate issued = Certificate.findById(UUID.fromString(certificateId));
        byte[] signedContent = issued.signedContent.getBytes(StandardCharsets.UTF_8);
        Signature signature = Signature.getInstance("Ed25519");
        signature.initSign(forger.getPrivate());
        signature.update(signedContent);
        given().queryParam("token", certificateId + "." + B64.encodeToString(signature.sign())).get(VERIFY).then()
                .statusCode(200).body("status", equalTo("NOT_GENUINE")).body("certificate", equalTo(null));
        // a token of the earlier form, which carried the content: as printed, genuine; altered, not
        String legacy = B64.encodeToString(signedContent) + "." + signatureOf(tokens.get(0));
        given().queryParam("token", legacy).get(VERIFY).then().statusCode(200).body("status", equalTo("GENUINE"))
                .body("certificate.id", equalTo(certificateId));
        ObjectNode content = (ObjectNode) new ObjectMapper().readTree(signedContent);
        content.put("holder", "Một đơn vị khác");
        byte[] altered = new ObjectMapper().writeValueAsBytes(content);
        given().queryParam("token", B64.encodeToString(altered) + "." + signatureOf(tokens.get(0))).get(VERIFY)
                .then().statusCode(200).body("status", equalTo("NOT_GENUINE"));
        signature.initSign(forger.getPrivate());
        signature.update(altered);
        given().queryParam("token", B64.encodeToString(altered) + "." + B64.encodeToString(signature.sign()))
                .get(VERIFY).then().body("status", equalTo("NOT_GENUINE"));
        given().queryParam("token", "not-a-certificate").get(VERIFY).then().statusCode(400)
                .contentType("application/problem+json");
        given().get(VERIFY).then().statusCode(400);

        // only the model's path reads the certificate itself
        given().auth().oauth2(DemoCallers.otherUnitCadre()).get("/api/v1/certificates/{id}/pdf", certificateId)
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.token("kg.reviewer", "kg", "reviewer")).get("/api/v1/certificates/{id}", certificateId)
                .then().statusCode(404);
        given().get("/api/v1/certificates/{id}/pdf", certificateId).then().statusCode(401);

        // the standalone commendation is announced under its own key
        TopicProbe.Event awarded = TopicProbe.await("recognition.case-events", e -> "dvk.recognition.commendation.awarded.v1"
                .equals(e.type()) && e.value().contains("Bà Nguyễn Thị Hạnh"), Duration.ofSeconds(30));
        EventSchemas.assertValid(DemoEvents.RECOGNITION, awarded.type(), awarded.value());
        assertTrue(awarded.value().contains("\"commendationId\":\"" + awarded.key() + "\""), awarded.value());

        Decisions.revoke(BASE, decision, "Quyết định ban hành sai thẩm quyền", "50-QĐ/ĐU").statusCode(200);
        for (String token : tokens) {
            given().queryParam("token", token).get(VERIFY).then().body("status", equalTo("REVOKED"));
        }
        CaseActions.act(BASE, model, "NOMINATE", null).statusCode(409);

        // content altered where it is kept no longer verifies: the signature covers it
        QuarkusTransaction.requiringNew().run(() -> Certificate.update("signedContent = replace(signedContent, "
                + "'Nguyễn Văn An', 'Trần Văn B') where id = ?1", UUID.fromString(certificateId)));
        given().queryParam("token", tokens.get(0)).get(VERIFY).then().body("status", equalTo("NOT_GENUINE"));
    }

    private static String signatureOf(String token) {
        return token.substring(token.indexOf('.') + 1);
    }
}
