package vn.dvk.recognition.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.vocabulary.Level;

/**
 * The demo's bloc decision 125-QĐ/ĐUK printed as PDF and as DOCX: every element of a Party committee's decision,
 * line by line as read back (PDFBox's text stripper, POI's extractor), and the annexed lists row by row; a list
 * longer than a page carries on over pages. Samples: see {@link DocumentSamples}.
 */
class DecisionDocumentTest {

    static final List<String> HEADING = List.of(
            "ĐẢNG BỘ TỈNH AN GIANG",
            "ĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH",
            "*",
            "Số 125-QĐ/ĐUK",
            "ĐẢNG CỘNG SẢN VIỆT NAM",
            "An Giang, ngày 15 tháng 6 năm 2026",
            "QUYẾT ĐỊNH",
            "công nhận mô hình, điển hình “Dân vận khéo” cấp khối và khen thưởng",
            "BAN THƯỜNG VỤ ĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH",
            "- Căn cứ Quy chế thi đua \"Dân vận khéo\" giai đoạn 2026-2030;",
            "- Xét đề nghị của Ban Dân vận Đảng uỷ Khối,",
            "QUYẾT ĐỊNH");
    static final List<String> ARTICLES = List.of(
            "Điều 1. Công nhận 6 mô hình, điển hình “Dân vận khéo” cấp khối (có danh sách kèm theo).",
            "Điều 2. Tặng Giấy khen của Ban Thường vụ Đảng ủy Khối các Cơ quan và Doanh nghiệp tỉnh cho 1 tập thể và "
                    + "1 cá nhân có thành tích trong phong trào thi đua “Dân vận khéo” (có danh sách kèm theo).",
            "Điều 3. Quyết định có hiệu lực kể từ ngày ký. Các đơn vị có mô hình, điển hình được công nhận, các tập "
                    + "thể, cá nhân được khen thưởng và các cơ quan, đơn vị có liên quan căn cứ Quyết định thi hành.");
    static final List<String> SIGNATURE = List.of("Nơi nhận:", "- Như Điều 3,",
            "- Đảng bộ tỉnh An Giang (báo cáo),", "- Lưu Văn phòng.", "T/M BAN THƯỜNG VỤ",
            "PHÓ BÍ THƯ THƯỜNG TRỰC", "Nguyễn Thanh Hải");
    static final List<String> ANNEX = List.of("DANH SÁCH", "các mô hình, điển hình được công nhận",
            "(Kèm theo Quyết định số 125-QĐ/ĐUK, ngày 15 tháng 6 năm 2026",
            "của Ban Thường vụ Đảng ủy Khối các Cơ quan và Doanh nghiệp tỉnh)");

    private final DecisionPdf pdf = new DecisionPdf();
    private final DecisionDocx docx = new DecisionDocx();

    @Test
    void thePdfCarriesEveryElementOfAPartyDecisionAndItsAnnexedLists() {
        byte[] rendered = pdf.render(demoDecision(demoModels()));
        DocumentSamples.keepPdf("decision-125-QD-DUK", rendered);

        List<String> lines = DocumentSamples.lines(rendered);
        String all = String.join("\n", lines);
        assertEquals(HEADING, lines.subList(0, HEADING.size()), all);
        String flowing = String.join(" ", lines);
        ARTICLES.forEach(article -> assertTrue(flowing.contains(article), article + "\n" + all));
        assertInOrder(lines, SIGNATURE);
        assertInOrder(lines, ANNEX);
        // a row's cells are read one after another, each cell's lines in order: joined, the row reads whole
        for (String row : List.of("STT Tên mô hình, điển hình Loại Đơn vị",
                "1 Dân vận khéo trong chăm sóc người bệnh Mô hình Bệnh viện Đa khoa Trung tâm An Giang",
                "6 Bữa cơm nghĩa tình cho bệnh nhân nghèo Mô hình Bệnh viện Sản - Nhi An Giang",
                "Danh sách có 6 mô hình, điển hình. DANH SÁCH các tập thể, cá nhân được khen thưởng",
                "STT Tập thể, cá nhân Loại Đơn vị Hình thức Thành tích",
                "2 Nguyễn Thị Hồng Nhung Cá nhân Bệnh viện Đa khoa Trung tâm An Giang Giấy khen Điển hình “Dân vận "
                        + "khéo” trong chăm sóc người bệnh",
                "Danh sách có 2 tập thể, cá nhân.")) {
            assertTrue(flowing.contains(row), row + "\n" + all);
        }
        assertEquals(3, DocumentSamples.pages(rendered));
    }

    @Test
    void theDocxCarriesTheSameForACadreToEdit() throws IOException {
        byte[] rendered = docx.render(demoDecision(demoModels()));
        DocumentSamples.keep("decision-125-QD-DUK.docx", rendered);

        List<String> lines = DocumentSamples.docxLines(rendered);
        String all = String.join("\n", lines);
        assertInOrder(lines, HEADING);
        assertInOrder(lines, ARTICLES);
        assertInOrder(lines, SIGNATURE);
        assertInOrder(lines, ANNEX);
        assertInOrder(lines, List.of("STT\tTên mô hình, điển hình\tLoại\tĐơn vị",
                "1\tDân vận khéo trong chăm sóc người bệnh\tMô hình\tBệnh viện Đa khoa Trung tâm An Giang",
                "6\tBữa cơm nghĩa tình cho bệnh nhân nghèo\tMô hình\tBệnh viện Sản - Nhi An Giang",
                "STT\tTập thể, cá nhân\tLoại\tĐơn vị\tHình thức\tThành tích",
                "2\tNguyễn Thị Hồng Nhung\tCá nhân\tBệnh viện Đa khoa Trung tâm An Giang\tGiấy khen\t"
                        + "Điển hình “Dân vận khéo” trong chăm sóc người bệnh"));
        assertTrue(all.contains("Danh sách có 6 mô hình, điển hình."), all);
    }

    @Test
    void aLongListCarriesOnOverPagesUnderItsHeader() {
        List<DecisionDocument.ModelRow> models = new ArrayList<>();
        for (int i = 1; i <= 78; i++) {
            models.add(new DecisionDocument.ModelRow("Mô hình số " + i + " của phong trào “Dân vận khéo”",
                    i % 5 == 0 ? "Điển hình" : "Mô hình", "Đảng bộ Sở Y tế"));
        }
        byte[] rendered = pdf.render(demoDecision(models));

        List<String> lines = DocumentSamples.lines(rendered);
        assertTrue(DocumentSamples.pages(rendered) > 3, "78 rows on one page?");
        assertTrue(lines.stream().filter(l -> l.equals("STT Tên mô hình, điển hình Loại Đơn vị")).count() > 1,
                "the header repeats on each page of the list");
        assertTrue(String.join(" ", lines).contains("78 Mô hình số 78 của phong trào “Dân vận khéo” Mô hình "
                + "Đảng bộ Sở Y tế"), String.join("\n", lines));
        assertTrue(lines.contains("Danh sách có 78 mô hình, điển hình."));
    }

    @Test
    void theLegalBasisIsListedOneGroundALine() {
        assertEquals(List.of("- Căn cứ Điều lệ Đảng;", "- Căn cứ Quy chế làm việc;", "- Xét đề nghị của Ban Dân vận,"),
                DecisionDocuments.legalBasis("Căn cứ Điều lệ Đảng;\n- Căn cứ Quy chế làm việc; xét đề nghị của "
                        + "Ban Dân vận."));
    }

    static DecisionDocument demoDecision(List<DecisionDocument.ModelRow> models) {
        PartyHeading heading = PartyHeading.of(Level.BLOC, PartyHeadingTest.BLOC_PATH);
        return new DecisionDocument(heading, "125-QĐ/ĐUK", LocalDate.of(2026, 6, 15),
                "công nhận mô hình, điển hình “Dân vận khéo” cấp khối và khen thưởng", null,
                DecisionDocuments.legalBasis("Căn cứ Quy chế thi đua \"Dân vận khéo\" giai đoạn 2026-2030; xét đề "
                        + "nghị của Ban Dân vận Đảng uỷ Khối"),
                List.of(ARTICLES.get(0).replace("6 mô hình", models.size() + " mô hình"), ARTICLES.get(1),
                        ARTICLES.get(2)),
                List.of("Nơi nhận:", "- Như Điều 3,", "- Đảng bộ tỉnh An Giang (báo cáo),", "- Lưu Văn phòng."),
                "Phó Bí thư Thường trực", "Nguyễn Thanh Hải", models,
                List.of(new DecisionDocument.CommendationRow("Bệnh viện Đa khoa Trung tâm An Giang", "Tập thể",
                                "Bệnh viện Đa khoa Trung tâm An Giang", "Giấy khen",
                                "Dân vận khéo trong chăm sóc người bệnh"),
                        new DecisionDocument.CommendationRow("Nguyễn Thị Hồng Nhung", "Cá nhân",
                                "Bệnh viện Đa khoa Trung tâm An Giang", "Giấy khen",
                                "Điển hình “Dân vận khéo” trong chăm sóc người bệnh")));
    }

    private static List<DecisionDocument.ModelRow> demoModels() {
        return List.of(
                new DecisionDocument.ModelRow("Dân vận khéo trong chăm sóc người bệnh", "Mô hình",
                        "Bệnh viện Đa khoa Trung tâm An Giang"),
                new DecisionDocument.ModelRow("Khám bệnh thông minh, giảm thời gian chờ", "Mô hình",
                        "Bệnh viện Đa khoa Trung tâm An Giang"),
                new DecisionDocument.ModelRow("Phòng chống sốt xuất huyết dựa vào cộng đồng", "Mô hình",
                        "Trung tâm Kiểm soát bệnh tật tỉnh An Giang"),
                new DecisionDocument.ModelRow("Tiêm chủng đến từng nhà", "Mô hình",
                        "Trung tâm Kiểm soát bệnh tật tỉnh An Giang"),
                new DecisionDocument.ModelRow("Bệnh viện an toàn về an ninh trật tự", "Mô hình",
                        "Bệnh viện Sản - Nhi An Giang"),
                new DecisionDocument.ModelRow("Bữa cơm nghĩa tình cho bệnh nhân nghèo", "Mô hình",
                        "Bệnh viện Sản - Nhi An Giang"));
    }

    /** Each expected line is one of the lines, in this order (others may come between). */
    static void assertInOrder(List<String> lines, List<String> expected) {
        int from = 0;
        for (String line : expected) {
            int at = lines.subList(from, lines.size()).indexOf(line);
            assertTrue(at >= 0, "missing «" + line + "» after line " + from + ":\n" + String.join("\n", lines));
            from += at + 1;
        }
    }
}
