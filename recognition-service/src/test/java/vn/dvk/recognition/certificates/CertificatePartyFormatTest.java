package vn.dvk.recognition.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.contracts.vocabulary.OrgPath;
import vn.dvk.contracts.vocabulary.OrgRef;
import vn.dvk.recognition.CertificatePdfs;
import vn.dvk.recognition.documents.DocumentSamples;
import vn.dvk.recognition.documents.PartyHeading;

/**
 * Each kind of certificate prints, line by line, what a Party committee's certificate carries (Hướng dẫn
 * 36-HD/VPTW): superior organisation, issuing committee, star and number; "ĐẢNG CỘNG SẢN VIỆT NAM" and the
 * place-and-date line; the deciding body and the title; what is certified, naming a person where a person is
 * commended; "T/M BAN THƯỜNG VỤ", the signer's title and name. Samples: see {@link DocumentSamples}.
 */
class CertificatePartyFormatTest {

    private static final OrgPath PATH = new OrgPath(new OrgRef("ag", "Tỉnh An Giang"),
            new OrgRef("ag-dukcqdn", "Đảng bộ Khối các Cơ quan và Doanh nghiệp tỉnh An Giang"),
            new OrgRef("ag-syt", "Đảng bộ Sở Y tế"), new OrgRef("ag-syt-bvdk", "Bệnh viện Đa khoa Trung tâm An Giang"));
    private static final String ISSUER = "Đảng bộ Khối các Cơ quan và Doanh nghiệp tỉnh An Giang";
    private static final List<String> HEADING = List.of(
            "ĐẢNG BỘ TỈNH AN GIANG",
            "ĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH",
            "*",
            "Số 125-QĐ/ĐUK",
            "ĐẢNG CỘNG SẢN VIỆT NAM",
            "An Giang, ngày 15 tháng 6 năm 2026",
            "BAN THƯỜNG VỤ ĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH");
    private static final List<String> SIGNATURE = List.of("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC",
            "Nguyễn Thanh Hải");

    private final CertificateRenderer renderer = new CertificateRenderer(
            StubKeys.verifyingAt("https://dvk.example/api/v1/certificates/verification"));

    @Test
    void aModelsRecognition() {
        CertificateContent content = content("RECOGNITION", "Bệnh viện Đa khoa Trung tâm An Giang", null,
                "Dân vận khéo trong chăm sóc người bệnh", null, "Dân vận khéo giai đoạn 2026-2030");

        assertLines("certificate-recognition-collective", new CertificateDocument(content, heading(), false, false),
                List.of("GIẤY CHỨNG NHẬN",
                        "Công nhận mô hình “Dân vận khéo trong chăm sóc người bệnh”",
                        "của Bệnh viện Đa khoa Trung tâm An Giang",
                        "đạt mô hình, điển hình “Dân vận khéo” cấp khối – Dân vận khéo giai đoạn 2026-2030",
                        "Theo Quyết định số 125-QĐ/ĐUK, ngày 15 tháng 6 năm 2026"));
    }

    @Test
    void anExemplarsRecognition() {
        CertificateContent content = content("RECOGNITION", "Bệnh viện Đa khoa Trung tâm An Giang", null,
                "Nữ điều dưỡng tận tụy với người bệnh nghèo", null, "Dân vận khéo giai đoạn 2026-2030");

        assertLines("certificate-recognition-exemplar", new CertificateDocument(content, heading(), false, true),
                List.of("GIẤY CHỨNG NHẬN",
                        "Công nhận điển hình “Nữ điều dưỡng tận tụy với người bệnh nghèo”",
                        "của Bệnh viện Đa khoa Trung tâm An Giang",
                        "đạt mô hình, điển hình “Dân vận khéo” cấp khối – Dân vận khéo giai đoạn 2026-2030",
                        "Theo Quyết định số 125-QĐ/ĐUK, ngày 15 tháng 6 năm 2026"));
    }

    /** An individual's exemplar names the person ("đồng chí"), then their unit, not the unit alone. */
    @Test
    void anIndividualExemplarsRecognitionNamesThePerson() {
        CertificateContent content = content("RECOGNITION", "Nguyễn Thị Hồng Nhung",
                "Bệnh viện Đa khoa Trung tâm An Giang", "Nữ điều dưỡng tận tụy với người bệnh nghèo", null,
                "Dân vận khéo giai đoạn 2026-2030");

        assertLines("certificate-recognition-individual-exemplar",
                new CertificateDocument(content, heading(), false, true),
                List.of("GIẤY CHỨNG NHẬN",
                        "Công nhận điển hình “Nữ điều dưỡng tận tụy với người bệnh nghèo”",
                        "của đồng chí Nguyễn Thị Hồng Nhung",
                        "Bệnh viện Đa khoa Trung tâm An Giang",
                        "đạt mô hình, điển hình “Dân vận khéo” cấp khối – Dân vận khéo giai đoạn 2026-2030",
                        "Theo Quyết định số 125-QĐ/ĐUK, ngày 15 tháng 6 năm 2026"));
    }

    @Test
    void aCollectivesCommendation() {
        CertificateContent content = content("COMMENDATION", "Bệnh viện Đa khoa Trung tâm An Giang",
                "Bệnh viện Đa khoa Trung tâm An Giang", "Dân vận khéo trong chăm sóc người bệnh", "Giấy khen", null);

        assertLines("certificate-commendation-collective", new CertificateDocument(content, heading(), false, false),
                List.of("GIẤY KHEN",
                        "Tặng tập thể: Bệnh viện Đa khoa Trung tâm An Giang",
                        "Đã có thành tích: Dân vận khéo trong chăm sóc người bệnh",
                        "Theo Quyết định số 125-QĐ/ĐUK, ngày 15 tháng 6 năm 2026"));
    }

    @Test
    void anIndividualsCommendationNamesThePersonAndTheirUnit() {
        CertificateContent content = content("COMMENDATION", "Nguyễn Thị Hồng Nhung",
                "Bệnh viện Đa khoa Trung tâm An Giang", "Điển hình “Dân vận khéo” trong chăm sóc người bệnh",
                "Giấy khen", null);

        assertLines("certificate-commendation-individual", new CertificateDocument(content, heading(), true, false),
                List.of("GIẤY KHEN",
                        "Tặng: Nguyễn Thị Hồng Nhung",
                        "Bệnh viện Đa khoa Trung tâm An Giang",
                        "Đã có thành tích: Điển hình “Dân vận khéo” trong chăm sóc người bệnh",
                        "Theo Quyết định số 125-QĐ/ĐUK, ngày 15 tháng 6 năm 2026"));
    }

    /** A certificate whose unit's path is no longer known prints its issuer's committee, without place. */
    @Test
    void aCertificateKnownOnlyByItsContent() {
        CertificateContent content = content("RECOGNITION", "Bệnh viện Đa khoa Trung tâm An Giang", null,
                "Dân vận khéo trong chăm sóc người bệnh", null, null);

        List<String> lines = DocumentSamples.lines(renderer.render(content, UUID.randomUUID() + ".c2ln"));

        assertEquals(List.of("ĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH AN GIANG", "*", "Số 125-QĐ/ĐUK",
                "ĐẢNG CỘNG SẢN VIỆT NAM", "Ngày 15 tháng 6 năm 2026",
                "BAN THƯỜNG VỤ ĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH AN GIANG"), lines.subList(0, 6));
    }

    private void assertLines(String sample, CertificateDocument document, List<String> body) {
        String token = document.content().id() + ".c2lnbmF0dXJl";
        byte[] pdf = renderer.render(document, token);
        DocumentSamples.keepPdf(sample, pdf);

        List<String> lines = DocumentSamples.lines(pdf);
        assertEquals(HEADING, lines.subList(0, HEADING.size()), String.join("\n", lines));
        assertEquals(body, lines.subList(HEADING.size(), HEADING.size() + body.size()), String.join("\n", lines));
        assertEquals(SIGNATURE, lines.subList(HEADING.size() + body.size(), HEADING.size() + body.size() + 3),
                String.join("\n", lines));
        CertificatePdfs read = CertificatePdfs.read(pdf);
        assertEquals(1, read.pages());
        assertEquals(renderer.verificationAddress(token), read.qrCode());
    }

    private static PartyHeading heading() {
        return PartyHeading.of(Level.BLOC, PATH);
    }

    private static CertificateContent content(String kind, String holder, String holderUnit, String subject,
            String form, String campaign) {
        return new CertificateContent(UUID.fromString("3f1c2a5e-8b7d-4c11-9e2f-5a6b7c8d9e01"), kind, "demo-2026",
                holder, holderUnit, subject, form, Level.BLOC, campaign, "125-QĐ/ĐUK", LocalDate.of(2026, 6, 15),
                ISSUER, "Nguyễn Thanh Hải", "Phó Bí thư Thường trực");
    }
}
