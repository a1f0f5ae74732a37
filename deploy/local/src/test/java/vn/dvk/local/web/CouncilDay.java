package vn.dvk.local.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.dvk.local.web.WebSuite.suite;

import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import vn.dvk.testing.HeadlessChromium;

/**
 * A base council's day in the web app, in headless chromium against the real suite ({@link WebSuite}), on a campaign
 * of its own with a model of the hospital (ag-syt-bvdk) under review at the base (ag-syt).
 *
 * <p>The province's admin forms the base's council on the campaign's page, seating three reviewers recognition has
 * seen: base.reviewer (chair) and base.member of the base, and unit.reviewer of the hospital. On the case's page the
 * hospital's member reads that they are recused; the two others vote for it, each signed in on their own; the page
 * shows each member's vote and the quorum reached, and the minutes open. At 1440 and at 390 px; every screen
 * scanned by axe-core; the council and the tally checked through the API too. Screenshots:
 * target/browser/council-*.png.
 */
abstract class CouncilDay {

    private static final List<String> MEMBERS = List.of("base.reviewer", "base.member", "unit.reviewer");

    @Test
    void atADeskTheAdministratorFormsTheCouncilAndItsMembersVote() {
        councilDay(1440, 1000, "council-1440");
    }

    @Test
    void onAPhoneTheAdministratorFormsTheCouncilAndItsMembersVote() {
        councilDay(390, 844, "council-390");
    }

    private static void councilDay(int width, int height, String prefix) {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        // no criteria: the council's vote is all that stands between the case and its recognition
        String campaign = CommitteeDay.openCampaign("ag-web-council-" + tag, "Đợt xét có hội đồng " + tag, "BASE");
        String title = "Mô hình \"Tổ tư vấn người bệnh\" (" + tag + ")";
        String id = CommitteeDay.submitModel(campaign, title);
        // each member has opened their queue once: recognition has seen them, so the admin can seat them
        MEMBERS.forEach(member -> as(member).get("/api/v1/reviews?limit=1").then().statusCode(200));
        String council = "Hội đồng xét công nhận mô hình " + tag;

        try (HeadlessChromium chromium = HeadlessChromium.open()) {
            Screens screens = open(chromium, width, height, prefix + "-admin");
            // signed in where the app opens, then the campaign's address (the session is kept in the tab)
            screens.signIn(suite().app(), "province.admin");
            screens.waitForText(By.tagName("h1"), "Cơ cấu tổ chức");
            chromium.driver().get(suite().app() + "admin/campaigns/" + campaign);
            screens.waitForText(testId("councils"), "Chưa ban thường vụ nào lập hội đồng");
            screens.click(By.xpath("//button[normalize-space(.)='Lập hội đồng']"));
            screens.choose("Ban thường vụ lập hội đồng", "Đảng bộ Sở Y tế (ag-syt)");
            screens.type("Tên hội đồng", council);
            // the reviewers recognition has seen in the base and the units below it
            screens.waitForText(testId("council-form"), "unit.reviewer · ag-syt-bvdk");
            for (String member : MEMBERS) {
                screens.click(seat(member, "//label[contains(., '" + member + " ·')]"));
            }
            screens.click(seat("base.reviewer", "//label[contains(., 'chủ trì')]"));
            screens.type("Chức vụ của " + fullName("base.reviewer"), "Phó Giám đốc Sở");
            screens.accessible("form");
            screens.click(By.xpath("//form//button[@type='submit' and normalize-space(.)='Lập hội đồng']"));
            screens.waitForText(testId("council"), council);
            screens.waitForText(testId("council"), "3 thành viên · cần 2 phiếu");
            screens.accessible("formed");
        }
        as("province.admin").queryParam("campaignId", campaign).get("/api/v1/councils").then().statusCode(200)
                .body("[0].name", equalTo(council)).body("[0].level", equalTo("BASE"))
                .body("[0].organisationId", equalTo("ag-syt")).body("[0].quorum", equalTo(2))
                .body("[0].members.username", containsInAnyOrder(MEMBERS.toArray()))
                .body("[0].members.find { it.chair }.username", equalTo("base.reviewer"));

        // the hospital's member reads the case of the hospital's model, and that they do not vote on it
        try (HeadlessChromium chromium = HeadlessChromium.open()) {
            Screens screens = caseOf(chromium, width, height, prefix + "-recused", "unit.reviewer", id, title);
            screens.waitForText(testId("my-recusal"), "Bạn không tham gia xét hồ sơ này");
            screens.accessible("case");
        }
        vote(width, height, prefix + "-chair", "base.reviewer", id, title, "0/2");
        vote(width, height, prefix + "-member", "base.member", id, title, "1/2");

        as("base.reviewer").get("/api/v1/cases/{id}", id).then().statusCode(200)
                .body("judgement.council.voted", equalTo(2)).body("judgement.council.votesFor", equalTo(2))
                .body("judgement.council.eligible", equalTo(2)).body("judgement.council.quorumReached", equalTo(true))
                .body("judgement.council.inFavour", equalTo(true))
                .body("judgement.council.ballots.find { it.recused }.vote", nullValue())
                .body("shortfall", nullValue());
    }

    /** A member signs in, opens the case, sees the tally as it stands, votes for it, and reads the minutes. */
    private static void vote(int width, int height, String prefix, String member, String id, String title,
            String before) {
        try (HeadlessChromium chromium = HeadlessChromium.open()) {
            Screens screens = caseOf(chromium, width, height, prefix, member, id, title);
            screens.waitForText(testId("council"), before + " thành viên được xét đã biểu quyết (cần 2)");
            screens.waitForText(testId("recused"), "Không tham gia xét");
            screens.waitForText(testId("my-vote"), "Bạn chưa biểu quyết hồ sơ này.");
            screens.click(By.xpath("//section[@data-testid='council']//button[normalize-space(.)='Tán thành']"));
            screens.waitForText(testId("my-vote"), "Bạn đã biểu quyết: Tán thành.");
            screens.waitForText(By.xpath("//li[contains(., '" + fullName(member) + "')]"), "Tán thành");
            if (before.startsWith("1")) {
                screens.waitForText(testId("council"), "Đủ số biểu quyết");
                screens.waitForText(testId("council"), "Đủ tỷ lệ tán thành");
                screens.waitForText(testId("needs"), "Đã đủ điều kiện để công nhận ở cấp cơ sở.");
            }
            screens.accessible("voted");
            screens.click(By.xpath("//button[normalize-space(.)='Xem biên bản']"));
            screens.waitForText(testId("minutes"), "BIÊN BẢN");
            screens.waitForText(testId("minutes"), "Tổ tư vấn người bệnh");
            screens.accessible("minutes");
        }
    }

    private static Screens caseOf(HeadlessChromium chromium, int width, int height, String prefix, String member,
            String id, String title) {
        Screens screens = open(chromium, width, height, prefix);
        screens.signIn(suite().app(), member);
        screens.waitForText(By.tagName("h1"), "Hồ sơ chờ xét");
        chromium.driver().get(suite().app() + "review/cases/" + id);
        screens.waitForText(By.tagName("h1"), title);
        return screens;
    }

    private static Screens open(HeadlessChromium chromium, int width, int height, String prefix) {
        chromium.driver().manage().window().setSize(new Dimension(width, height));
        return new Screens(chromium, prefix);
    }

    /** The member's row of the council's form, and in it what the xpath finds. */
    private static By seat(String member, String within) {
        return By.xpath("//div[@data-testid='seat'][.//label[contains(., '" + member + " ·')]]" + within);
    }

    /** The member's name as recognition recorded it from their token. */
    private static String fullName(String member) {
        return as("province.admin").get("/api/v1/reviewers?organisationId=ag-syt&limit=200").then().statusCode(200)
                .extract().path("items.find { it.username == '" + member + "' }.fullName");
    }

    private static By testId(String id) {
        return By.cssSelector("[data-testid=" + id + "]");
    }

    private static RequestSpecification as(String user) {
        return given().port(suite().recognition()).auth().oauth2(suite().token(user));
    }
}
