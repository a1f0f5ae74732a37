package vn.dvk.recognition.councils;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.recognition.Campaigns;
import vn.dvk.recognition.CaseActions;
import vn.dvk.recognition.Submissions;
import vn.dvk.recognition.documents.DocumentSamples;
import vn.dvk.recognition.domain.CouncilVote;
import vn.dvk.recognition.domain.Scorecard;
import vn.dvk.recognition.documents.VietnameseFormat;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.TestTokens;

/**
 * The bloc council's minutes of one case, as text and as PDF, line by line: the committee's heading, the title,
 * the time of the meeting in the province's time zone (UTC+7), the committee's seat, chair and secretary, the
 * campaign by name, the level in Vietnamese, each member's vote and score ("85,5", not "85.50"), the tally and a
 * Vietnamese conclusion; the secretary's and the chair's signatures. Before anyone scores, the conclusion says in
 * Vietnamese what is missing.
 */
@QuarkusTest
class CouncilMinutesTest {

    private static final String BLOC = DemoCallers.reviewer(DemoCallers.BLOC);
    private static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String MEMBER_A = TestTokens.token("member.a", DemoCallers.BLOC, "reviewer");
    private static final String MEMBER_B = TestTokens.token("member.b", DemoCallers.BLOC, "reviewer");
    private static final String MEMBER_C = TestTokens.token("member.c", DemoCallers.BLOC, "reviewer");
    private static final String MEMBER_E = TestTokens.token("member.e", DemoCallers.BLOC, "reviewer");

    @Test
    void theMinutesNameTheMeetingItsPeopleAndItsOutcomeInVietnamese() {
        String campaign = "minutes-" + UUID.randomUUID().toString().substring(0, 8);
        Campaigns.open(campaign, "BASE", "BLOC");
        String model = Submissions.casesAtBase(campaign, 1).get(0);
        String base = DemoCallers.reviewer(DemoCallers.BASE);
        CaseActions.act(base, model, "RECOGNIZE", null).statusCode(200);
        CaseActions.act(base, model, "NOMINATE", null).statusCode(200).body("level", equalTo("BLOC"));
        given().auth().oauth2(DemoCallers.admin()).contentType(ContentType.JSON).body("""
                {"criteria":[{"code":"hieu-qua","name":"Hiệu quả","maxPoints":10,"weight":60},
                             {"code":"nhan-rong","name":"Khả năng nhân rộng","maxPoints":5,"weight":40}],
                 "councilRequired":true}""").put("/api/v1/criteria/{c}/BLOC", campaign).then().statusCode(200);
        String council = given().auth().oauth2(DemoCallers.admin()).contentType(ContentType.JSON).body("""
                {"campaignId":"%s","level":"BLOC","organisationId":"ag-dukcqdn","name":"Hội đồng xét công nhận Khối",
                 "quorum":3,"members":[
                  {"sub":"user-member.a","fullName":"Trần Thị Bình","title":"Trưởng ban","orgId":"ag-dukcqdn",
                   "chair":true},
                  {"sub":"user-member.b","fullName":"Lê Văn Cường","title":"Thư ký","orgId":"ag-dukcqdn"},
                  {"sub":"user-member.c","fullName":"Phạm Thị Dung","orgId":"ag-dukcqdn"},
                  {"sub":"user-member.e","fullName":"Đặng Văn Em","orgId":"ag-dukcqdn"},
                  {"sub":"user-member.d","fullName":"Võ Minh Đức","orgId":"ag-syt-bvdk"}]}"""
                .formatted(campaign)).post("/api/v1/councils").then().statusCode(201).extract().path("id");

        String before = minutesText(model);
        assertTrue(before.contains("\nThời gian: chưa có phiếu chấm điểm hay biểu quyết nào\n"), before);
        assertTrue(before.contains("\nKết luận: chưa đủ điều kiện công nhận (hội đồng chưa đủ túc số: 0 trên 3 "
                + "thành viên đã biểu quyết)\n"), before);

        // 86, 86, 86 and 84 points: 85,5 on average; 3 of the 4 members not recused in favour
        for (String member : List.of(MEMBER_A, MEMBER_B, MEMBER_C)) {
            score(member, model, 9, 4);
        }
        score(MEMBER_E, model, 10, 3);
        vote(MEMBER_A, model, "FOR");
        vote(MEMBER_B, model, "FOR");
        vote(MEMBER_C, model, "FOR");
        vote(MEMBER_E, model, "AGAINST");

        Map<String, ZonedDateTime> votedAt = new java.util.HashMap<>();
        List<ZonedDateTime> moments = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            CouncilVote.on(UUID.fromString(council), UUID.fromString(model))
                    .forEach(v -> votedAt.put(v.sub, v.votedAt.atZoneSameInstant(PROVINCE)));
            Stream.concat(votedAt.values().stream(), Scorecard.of(UUID.fromString(model), Level.BLOC).stream()
                    .map(s -> s.scoredAt.atZoneSameInstant(PROVINCE))).sorted(Comparator.naturalOrder())
                    .forEach(moments::add);
        });
        ZonedDateTime first = moments.get(0);
        ZonedDateTime last = moments.get(moments.size() - 1);
        String day = VietnameseFormat.date(last.toLocalDate());
        String time = first.toLocalDate().equals(last.toLocalDate())
                ? "Thời gian: từ %02d giờ %02d đến %02d giờ %02d, %s".formatted(first.getHour(), first.getMinute(),
                        last.getHour(), last.getMinute(), day)
                : "Thời gian: từ " + VietnameseFormat.time(first) + " đến " + VietnameseFormat.time(last);

        String text = minutesText(model);
        assertEquals(String.join("\n",
                "ĐẢNG BỘ TỈNH AN GIANG",
                "ĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH",
                "*",
                "ĐẢNG CỘNG SẢN VIỆT NAM",
                "An Giang, " + day,
                "",
                "BIÊN BẢN",
                "Họp Hội đồng xét công nhận Khối",
                "xét công nhận mô hình, điển hình “Dân vận khéo” cấp khối",
                "",
                time,
                "Địa điểm: trụ sở Đảng ủy Khối các Cơ quan và Doanh nghiệp tỉnh",
                "Chủ trì: Trần Thị Bình, Trưởng ban",
                "Thư ký: Lê Văn Cường, Thư ký",
                "Đợt xét: Dân vận khéo – đợt thử " + campaign,
                "Cấp xét: Cấp khối",
                "Mô hình: Mô hình \"Dân vận khéo\" tại bệnh viện",
                "Đơn vị: Bệnh viện Đa khoa Trung tâm An Giang – Đảng bộ Sở Y tế",
                "Thành phần: 5 thành viên, trong đó 1 thành viên không tham gia xét (cùng đơn vị có mô hình); "
                        + "túc số: 3",
                "Thành viên:",
                "- Trần Thị Bình, Trưởng ban (chủ trì): tán thành, chấm 86 điểm (" + at(votedAt, "user-member.a") + ")",
                "- Lê Văn Cường, Thư ký: tán thành, chấm 86 điểm (" + at(votedAt, "user-member.b") + ")",
                "- Phạm Thị Dung: tán thành, chấm 86 điểm (" + at(votedAt, "user-member.c") + ")",
                "- Võ Minh Đức: không tham gia xét (cùng đơn vị có mô hình)",
                "- Đặng Văn Em: không tán thành, chấm 84 điểm (" + at(votedAt, "user-member.e") + ")",
                "Kết quả biểu quyết: 3 tán thành, 1 không tán thành, 0 không biểu quyết, trên 4 thành viên được xét",
                "Điểm bình quân: 85,5 (ngưỡng đạt 75)",
                "Kết luận: đủ điều kiện đề nghị công nhận",
                "",
                "THƯ KÝ\tCHỦ TRÌ",
                "Lê Văn Cường\tTrần Thị Bình") + "\n", text);

        byte[] pdf = given().auth().oauth2(BLOC).queryParam("format", "pdf")
                .get("/api/v1/cases/{id}/council-minutes", model).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        DocumentSamples.keepPdf("council-minutes", pdf);
        List<String> lines = DocumentSamples.lines(pdf);
        String flowing = String.join(" ", lines);
        for (String line : text.split("\n")) {
            if (!line.isBlank() && !line.contains("\t")) {
                assertTrue(flowing.contains(line), line + "\n" + String.join("\n", lines));
            }
        }
        assertEquals(List.of("THƯ KÝ", "CHỦ TRÌ", "Lê Văn Cường", "Trần Thị Bình"),
                lines.subList(lines.size() - 4, lines.size()).stream().sorted(
                        Comparator.comparing(l -> List.of("THƯ KÝ", "CHỦ TRÌ", "Lê Văn Cường", "Trần Thị Bình")
                                .indexOf(l))).toList());
    }

    private static String at(Map<String, ZonedDateTime> votedAt, String sub) {
        return VietnameseFormat.time(votedAt.get(sub));
    }

    private static String minutesText(String model) {
        return given().auth().oauth2(BLOC).get("/api/v1/cases/{id}/council-minutes", model).then().statusCode(200)
                .contentType("text/plain").extract().asString();
    }

    private static void score(String token, String model, int effect, int reach) {
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("points", Map.of("hieu-qua", effect, "nhan-rong", reach)))
                .post("/api/v1/cases/{id}/scores", model).then().statusCode(200);
    }

    private static void vote(String token, String model, String vote) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("vote", vote))
                .post("/api/v1/cases/{id}/votes", model).then().statusCode(200);
    }
}
