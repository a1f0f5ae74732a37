package vn.dvk.local.web;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dvk.local.web.WebSuite.suite;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import vn.dvk.testing.HeadlessChromium;

/**
 * A base committee's day in the web app, in headless chromium against the real suite ({@link WebSuite}). Each test
 * works on a campaign of its own (created through the registry's API by the province's admin), so the level's rules
 * it sets touch no other day's cases; unit.cadre submits a model to it through the API.
 *
 * <p>At a desk (1440 px): base.reviewer finds the model in the queue by its campaign, opens the case, sees a decision
 * naming it refused (not scored) with the case and the reason, scores it against the level's criteria, issues a
 * numbered decision with a commendation, opens the certificate's verification, and revokes the decision with its
 * reason. On a phone (390 px): the queue, the case, a stale click (another reviewer acted first) explained in words
 * with a reload, then the committee's next action. Every screen scanned by axe-core; screenshots:
 * target/browser/committee-*.png. The base level's council, its votes and minutes are the council's day
 * ({@link CouncilDay}).
 */
abstract class CommitteeDay {

    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    private static final String CRITERIA = """
            {"criteria":[{"code":"hieu-qua","name":"Hiệu quả","maxPoints":10,"weight":60},
                         {"code":"nhan-rong","name":"Khả năng nhân rộng","maxPoints":5,"weight":40}],
             "councilRequired":false}""";

    @Test
    void atADeskACommitteeScoresDecidesCertifiesAndRevokes() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String campaignName = "Đợt xét thử " + tag;
        String campaign = openCampaign("ag-web-desk-" + tag, campaignName, "BASE");
        setCriteria(campaign);
        String title = "Mô hình \"Bếp ăn nghĩa tình\" (" + tag + ")";
        String id = submitModel(campaign, title);
        String number = tag + "-QĐ/ĐU";

        try (HeadlessChromium chromium = HeadlessChromium.open()) {
            WebDriver browser = chromium.driver();
            browser.manage().window().setSize(new Dimension(1440, 1000));
            Screens screens = new Screens(chromium, "committee-1440");

            screens.signIn(suite().app(), "base.reviewer");
            screens.waitForText(By.tagName("h1"), "Hồ sơ chờ xét");
            screens.waitFor(testId("queue-counts"));
            screens.accessible("queue");

            // the queue narrowed to the test's campaign: its one case, with its counts
            screens.choose("Đợt phát động", campaignName);
            screens.waitForText(testId("queue-counts"), "1 hồ sơ, 0 quá hạn xét");
            screens.waitForText(testId("queue-row"), title);
            assertTrue(browser.getCurrentUrl().contains("campaignId=" + campaign), "the filter is in the address");
            screens.waitForText(testId("queue-row"), "Bệnh viện Đa khoa Trung tâm An Giang");
            screens.accessible("queue-filtered");

            // the case: the model's content, its history, and what the level's rules still need
            screens.click(By.xpath("//a[normalize-space(.)='" + title + "']"));
            screens.waitForText(By.tagName("h1"), title);
            screens.waitForText(testId("needs"), "Chưa có ai chấm điểm theo tiêu chí của cấp này.");
            screens.waitForText(testId("history"), "cấp cơ sở");
            screens.waitForText(testId("council"), "chưa thành lập hội đồng");
            screens.waitForText(By.tagName("article"), "Hộp cơm 0 đồng cho người bệnh nghèo");
            screens.accessible("case");

            // a decision naming it now is refused whole, naming the case and why
            draftDecision(screens, number, title);
            screens.click(By.xpath("//button[normalize-space(.)='Ban hành quyết định']"));
            screens.waitForText(testId("refused"), "1 mục chưa đủ điều kiện");
            screens.waitForText(testId("refused"), title);
            screens.waitForText(testId("refused"), "chưa được chấm");
            screens.accessible("decision-refused");
            asReviewer().queryParam("status", "ISSUED")
                    .get("/api/v1/decisions").then().statusCode(200)
                    .body("items.number", not(hasItem(number)));

            // scored against the level's criteria: 9/10 and 4/5 weigh 86 of 100, above the pass mark of 75
            browser.navigate().back();
            screens.waitForText(By.tagName("h1"), title);
            screens.type("Hiệu quả", "9");
            screens.type("Khả năng nhân rộng", "4");
            screens.click(By.xpath("//button[normalize-space(.)='Lưu phiếu chấm']"));
            screens.waitForText(testId("needs"), "Đã đủ điều kiện để công nhận ở cấp cơ sở.");
            screens.waitForText(testId("needs"), "Điểm bình quân: 86");
            screens.accessible("case-scored");
            asReviewer().get("/api/v1/cases/{id}", id)
                    .then().statusCode(200).body("judgement.averageScore", equalTo(86.0f))
                    .body("judgement.scorecards", equalTo(1)).body("shortfall", nullValue())
                    .body("stage", equalTo("UNDER_REVIEW"));

            // the decision, with a commendation for the unit's collective
            draftDecision(screens, number, title);
            screens.click(By.xpath("//button[normalize-space(.)='Thêm khen thưởng']"));
            screens.type("Tên tập thể hoặc cá nhân", "Khoa Dinh dưỡng");
            screens.choose("Mô hình (nếu có)", title);
            screens.type("Thành tích", "Tổ chức bếp ăn cho người bệnh nghèo");
            screens.click(By.xpath("//button[normalize-space(.)='Ban hành quyết định']"));
            screens.waitForText(By.tagName("h1"), "Quyết định số " + number);
            screens.waitForText(By.cssSelector("[data-decision-status]"), "Đã ban hành");
            screens.waitForText(testId("decision-models"), title);
            screens.waitForText(testId("decision-commendations"), "Khoa Dinh dưỡng");
            screens.waitForText(testId("certificates"), "Giấy chứng nhận công nhận cấp cơ sở");
            screens.accessible("decision");
            String decision = browser.getCurrentUrl().replaceAll(".*/review/decisions/", "");
            asReviewer().get("/api/v1/cases/{id}", id)
                    .then().statusCode(200).body("stage", equalTo("RECOGNIZED")).body("recognizedLevel", equalTo("BASE"))
                    .body("levels[0].decisionId", equalTo(decision));
            var certificates = asReviewer().get("/api/v1/cases/{id}/certificates", id).then().statusCode(200)
                    .extract().jsonPath();
            String certificateToken = certificates.getString("find { it.kind == 'RECOGNITION' }.token");
            asReviewer().get("/api/v1/certificates/{id}/pdf", certificates.getString("find { it.kind == 'RECOGNITION' }.id"))
                    .then().statusCode(200).contentType("application/pdf");

            // the certificate's verification, in words, and the public link its QR code carries
            screens.click(By.xpath("(//a[normalize-space(.)='Kiểm tra tính xác thực'])[1]"));
            screens.waitForText(testId("verification"), "Giấy chứng nhận hợp lệ và còn hiệu lực.");
            screens.waitForText(testId("certificate"), number);
            String link = browser.findElement(By.cssSelector("[data-testid=verification-link] a")).getText();
            assertTrue(link.contains("/api/v1/certificates/verification?token="), link);
            screens.accessible("verification");
            browser.get(link); // the public link, without the app's login
            assertTrue(browser.getPageSource().contains("GENUINE"), browser.getPageSource());

            // the decision revoked, with its reason: the recognition falls, the certificate no longer stands
            browser.get(suite().app() + "review/decisions/" + decision);
            screens.waitForText(By.tagName("h1"), "Quyết định số " + number);
            screens.type("Lý do thu hồi", "Kê khai số liệu không trung thực");
            screens.type("Số quyết định thu hồi", tag + "-QĐ/ĐU-TH");
            screens.click(By.xpath("//button[normalize-space(.)='Thu hồi']"));
            screens.waitForText(testId("revocation"), "Kê khai số liệu không trung thực");
            screens.waitForText(By.cssSelector("[data-decision-status]"), "Đã thu hồi");
            screens.accessible("revoked");
            asReviewer().get("/api/v1/decisions/{id}", decision)
                    .then().statusCode(200).body("status", equalTo("REVOKED"))
                    .body("revocation.reason", equalTo("Kê khai số liệu không trung thực"));
            asReviewer().get("/api/v1/cases/{id}", id)
                    .then().body("stage", equalTo("REVOKED"));
            given().port(suite().recognition()).queryParam("token", certificateToken)
                    .get("/api/v1/certificates/verification").then().statusCode(200).body("status", equalTo("REVOKED"));
            screens.click(By.xpath("(//a[normalize-space(.)='Kiểm tra tính xác thực'])[1]"));
            screens.waitForText(testId("verification"), "đã bị thu hồi");
            screens.shot("verification-revoked");
        }
    }

    @Test
    void onAPhoneAStaleClickIsExplainedAndTheCaseActedOn() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String campaignName = "Đợt xét trên điện thoại " + tag;
        // no criteria at the base: its committee recognises on its own word; a bloc above to nominate to
        String campaign = openCampaign("ag-web-phone-" + tag, campaignName, "BASE", "BLOC");
        String title = "Mô hình \"Chợ không tiền mặt\" (" + tag + ")";
        String id = submitModel(campaign, title);

        try (HeadlessChromium chromium = HeadlessChromium.open()) {
            WebDriver browser = chromium.driver();
            browser.manage().window().setSize(new Dimension(390, 844));
            Screens screens = new Screens(chromium, "committee-390");

            screens.signIn(suite().app(), "base.reviewer");
            screens.waitForText(By.tagName("h1"), "Hồ sơ chờ xét");
            screens.choose("Đợt phát động", campaignName);
            screens.waitForText(testId("queue-counts"), "1 hồ sơ");
            screens.waitForText(testId("queue-row"), title);
            screens.accessible("queue-filtered");

            screens.click(By.xpath("//a[normalize-space(.)='" + title + "']"));
            screens.waitForText(By.tagName("h1"), title);
            screens.waitForText(testId("needs"), "Đã đủ điều kiện để công nhận ở cấp cơ sở.");
            screens.accessible("case");

            // another reviewer of the committee recognises it first, through the API
            String reviewer = token("base.reviewer");
            String read = given().port(suite().recognition()).auth().oauth2(reviewer).get("/api/v1/cases/{id}", id)
                    .then().statusCode(200).extract().header("ETag");
            given().port(suite().recognition()).auth().oauth2(reviewer).contentType(ContentType.JSON)
                    .header("If-Match", read).body("{\"action\":\"RECOGNIZE\"}")
                    .post("/api/v1/cases/{id}/actions", id).then().statusCode(200);

            // the click on the page read before: refused, explained in words, with a reload
            screens.type("Lý do (đơn vị sẽ đọc)", "Bổ sung ảnh minh chứng");
            screens.click(By.xpath("//button[normalize-space(.)='Trả lại để bổ sung']"));
            screens.waitForText(By.cssSelector("[role=alert]"), "Hồ sơ vừa được người khác xử lý hoặc thay đổi");
            String alert = browser.findElement(By.cssSelector("[role=alert]")).getText();
            assertTrue(!alert.contains("412") && !alert.contains("409"), "no raw status: " + alert);
            screens.accessible("stale");
            screens.click(By.xpath("//div[@role='alert']//button[normalize-space(.)='Tải lại']"));
            screens.waitForText(By.cssSelector("[data-stage]"), "Đã công nhận");

            // what the committee does next on the case as it now stands: nominate it to the bloc
            screens.click(By.xpath("//button[normalize-space(.)='Đề nghị cấp trên']"));
            screens.waitForText(testId("needs"), "Hồ sơ đang chờ cấp khối xét.");
            screens.waitForText(By.tagName("article"), "cấp khối");
            screens.accessible("nominated");
            given().port(suite().recognition()).auth().oauth2(reviewer).get("/api/v1/cases/{id}", id).then()
                    .statusCode(200).body("level", equalTo("BLOC")).body("stage", equalTo("UNDER_REVIEW"))
                    .body("levels[0].status", equalTo("NOMINATED"));
        }
    }

    /** From the case's page: the committee's draft, its terms, the case ticked. */
    private static void draftDecision(Screens screens, String number, String title) {
        screens.click(By.xpath("//a[normalize-space(.)='Soạn quyết định']"));
        screens.waitForText(By.tagName("h1"), "Soạn quyết định công nhận");
        screens.type("Số quyết định", number);
        screens.type("Người ký", "Nguyễn Văn Bình");
        screens.type("Chức vụ người ký", "Bí thư Đảng ủy");
        screens.type("Căn cứ", "Căn cứ Hướng dẫn số 12-HD/BDVTU về phong trào thi đua \"Dân vận khéo\"");
        screens.click(By.xpath("//label[contains(normalize-space(.), '" + title + "')]"));
    }

    /** A campaign of the province with review windows at these levels, opened, and known to recognition. */
    static String openCampaign(String id, String name, String... levels) {
        String admin = token("province.admin");
        StringBuilder windows = new StringBuilder();
        for (String level : levels) {
            windows.append(windows.isEmpty() ? "" : ",").append("{\"level\":\"").append(level)
                    .append("\",\"opensOn\":\"2026-01-01\",\"closesOn\":\"2030-12-31\"}");
        }
        String etag = given().port(suite().registry()).auth().oauth2(admin).contentType(ContentType.JSON).body("""
                {"id":"%s","movement":"DVK","name":"%s","organisationId":"ag","startsOn":"2026-01-01",
                 "endsOn":"2030-12-31","registrationDeadline":"2030-06-30","reviewWindows":[%s]}"""
                .formatted(id, name, windows)).post("/api/v1/campaigns").then().log().ifValidationFails()
                .statusCode(201).extract().header("ETag");
        given().port(suite().registry()).auth().oauth2(admin).header("If-Match", etag)
                .post("/api/v1/campaigns/{id}/open", id).then().log().ifValidationFails().statusCode(200);
        return id;
    }

    /** The base level's criteria, once recognition has heard of the campaign (404 until then). */
    private static void setCriteria(String campaign) {
        await("recognition knows the campaign").atMost(EVENTUALLY).untilAsserted(() ->
                given().port(suite().recognition()).auth().oauth2(token("province.admin")).contentType(ContentType.JSON)
                        .body(CRITERIA).put("/api/v1/criteria/{c}/BASE", campaign).then().statusCode(200));
    }

    /** unit.cadre drafts and submits a model to the campaign; the base committee's queue lists it. */
    static String submitModel(String campaign, String title) {
        String cadre = token("unit.cadre");
        var created = given().port(suite().registry()).auth().oauth2(cadre).contentType(ContentType.JSON).body("""
                {"campaignId":"%s","title":"%s","summary":"Hộp cơm 0 đồng cho người bệnh nghèo",
                 "goals":"Không người bệnh nào thiếu bữa","implementation":"Nhân viên góp gạo, nhà hảo tâm góp thực phẩm",
                 "results":"1.200 suất mỗi tháng","startedOn":"2026-01-05","field":"CULTURE_SOCIETY","kind":"MODEL",
                 "ownerKind":"COLLECTIVE"}""".formatted(campaign, title.replace("\"", "\\\"")))
                .post("/api/v1/models").then().log().ifValidationFails().statusCode(201).extract();
        String id = created.path("id");
        given().port(suite().registry()).auth().oauth2(cadre).header("If-Match", created.header("ETag"))
                .post("/api/v1/models/{id}/submit", id).then().log().ifValidationFails().statusCode(200);
        await("the base committee's queue lists the model").atMost(EVENTUALLY).untilAsserted(() ->
                asReviewer()
                        .queryParam("campaignId", campaign).get("/api/v1/reviews").then().statusCode(200)
                        .body("items.modelId", hasItem(id)));
        assertEquals(title, asReviewer()
                .get("/api/v1/cases/{id}", id).then().statusCode(200).extract().path("title"));
        return id;
    }

    /** What the screen marks with data-testid. */
    private static By testId(String id) {
        return By.cssSelector("[data-testid=" + id + "]");
    }

    /** A request to recognition as the base committee's reviewer. */
    private static RequestSpecification asReviewer() {
        return given().port(suite().recognition()).auth().oauth2(token("base.reviewer"));
    }

    private static String token(String user) {
        return suite().token(user);
    }
}
