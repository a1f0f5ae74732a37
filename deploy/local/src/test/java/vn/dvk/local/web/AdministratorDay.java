package vn.dvk.local.web;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dvk.local.web.WebSuite.suite;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import vn.dvk.testing.HeadlessChromium;

/**
 * The people who keep the suite running, in headless chromium against the real suite ({@link WebSuite}): the
 * province's admin adds a base organisation under a bloc in the tree (a refused id first, its reason at the field),
 * renames it and prepares a campaign; the auditor finds those changes in the audit trail; the operator rebuilds the
 * report figures and follows the rebuild to its end, then finds a dead letter of the registry and replays it once
 * its cause is fixed ({@link OperatorLetters}). The admin and the operator each open a deep link signed out and land
 * on it once signed in. Only records this test creates are changed. At a phone's width and a desk's; every screen
 * scanned by axe-core. Screenshots: target/browser/{admin,auditor,operator}-*.png.
 */
abstract class AdministratorDay {

    private static final String BLOC = "ag-dukcqdn";
    private static final String BLOC_NAME = "Đảng bộ Khối các Cơ quan và Doanh nghiệp tỉnh An Giang";

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {1440, 390})
    void anAdminChangesTheTreeAnAuditorFindsItAndAnOperatorRebuilds(int width) throws SQLException {
        String organisation = "ag-dukcqdn-cds-" + width;
        String name = "Đảng bộ Trung tâm Chuyển đổi số (" + width + " px)";
        String renamed = "Đảng bộ Trung tâm Chuyển đổi số tỉnh An Giang (" + width + " px)";
        String campaign = "ag-dvk-web-" + width;

        adminDay(width, organisation, name, renamed, campaign);
        auditorDay(width, organisation, renamed, campaign);
        operatorDay(width);
        criteriaOfTheDraft(width, campaign);
        lettersOfTheOperator(width, campaign);
    }

    /** A letter the registry could not apply, seen and replayed by the operator, who opens the page by its address. */
    private static void lettersOfTheOperator(int width, String campaign) throws SQLException {
        String lost = UUID.randomUUID().toString();
        Map<String, Object> letter = OperatorLetters.recognitionOfALostModel(lost, campaign);
        try (HeadlessChromium chromium = HeadlessChromium.open()) {
            Screens screens = open(chromium, width, "operator");
            // a deep link through the sign-in: the page the address names, not the operator's home (the rebuild)
            screens.signIn(suite().app() + "operations/dead-letters", "operator");
            OperatorLetters.replayedByTheOperator(screens, lost, campaign, letter);
        }
    }

    /** The admin sets the draft campaign's base-level criteria; weights not totalling 100 are refused first. */
    private static void criteriaOfTheDraft(int width, String campaign) {
        String admin = suite().token("province.admin");
        await("recognition has heard of the draft campaign").atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().port(suite().recognition()).auth().oauth2(admin).get("/api/v1/councils?campaignId={c}", campaign)
                        .then().statusCode(200));
        try (HeadlessChromium chromium = HeadlessChromium.open()) {
            Screens screens = open(chromium, width, "admin");
            // the campaign's address opened signed out: after Keycloak's sign-in the app opens it, not the home
            screens.signIn(suite().app() + "admin/campaigns/" + campaign, "province.admin");
            screens.waitForText(By.cssSelector("[data-testid=criteria][data-level=BASE]"), "Cấp này chưa có tiêu chí");
            screens.waitForText(By.cssSelector("[data-testid=councils]"), "Chưa ban thường vụ nào lập hội đồng");
            screens.accessible("criteria-none");

            screens.click(By.xpath("//button[normalize-space(.)='Thêm tiêu chí']"));
            screens.click(By.xpath("//button[normalize-space(.)='Thêm tiêu chí']"));
            cell(screens, "Mã tiêu chí dòng 1", "hieu-qua");
            cell(screens, "Tên tiêu chí dòng 1", "Hiệu quả thiết thực");
            cell(screens, "Trọng số dòng 1", "60");
            cell(screens, "Mã tiêu chí dòng 2", "lan-toa");
            cell(screens, "Tên tiêu chí dòng 2", "Khả năng lan tỏa");
            cell(screens, "Trọng số dòng 2", "30");
            screens.click(By.xpath("//button[normalize-space(.)='Lưu tiêu chí']"));
            screens.waitForText(By.cssSelector("[role=alert]"), "Chưa lưu được");
            screens.accessible("criteria-refused");

            cell(screens, "Trọng số dòng 2", "40");
            screens.waitForText(By.cssSelector("[data-testid=criteria][data-level=BASE]"), "Tổng trọng số: 100/100");
            screens.click(By.xpath("//button[normalize-space(.)='Lưu tiêu chí']"));
            screens.waitForText(By.tagName("body"), "Đã lưu tiêu chí cấp cơ sở.");
            screens.accessible("criteria-saved");
        }
        given().port(suite().recognition()).auth().oauth2(admin).get("/api/v1/criteria/{c}/BASE", campaign).then()
                .statusCode(200).body("criteria.code", equalTo(List.of("hieu-qua", "lan-toa")))
                .body("criteria.weight", equalTo(List.of(60, 40)));
    }

    /** A cell of the criteria's table, named by its aria-label (a table row has no label of its own). */
    private static void cell(Screens screens, String name, String text) {
        WebElement input = screens.waitFor(By.cssSelector("input[aria-label='" + name + "']"));
        // typed over the selection: a number field emptied first shows 0 again, with the caret before it
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    }

    private static void adminDay(int width, String organisation, String name, String renamed, String campaign) {
        try (HeadlessChromium chromium = HeadlessChromium.open()) {
            Screens screens = open(chromium, width, "admin");
            screens.signIn(suite().app(), "province.admin");

            // the tree: the province open, its blocs showing
            screens.waitForText(By.tagName("h1"), "Cơ cấu tổ chức");
            screens.waitForText(By.cssSelector("[data-testid=org-tree]"), BLOC_NAME);
            screens.accessible("tree");

            screens.click(By.cssSelector("[data-testid=org-node][data-id=" + BLOC + "]"));
            screens.waitForText(By.id("org-title"), BLOC_NAME);

            // an id outside the province's form: the API refuses it, and says why at the field
            screens.type("Mã định danh mới", "Trung Tâm CĐS");
            screens.type("Tên tổ chức mới", name);
            screens.click(By.xpath("//button[normalize-space(.)='Thêm tổ chức']"));
            screens.waitForText(By.cssSelector("[role=alert]"), "Chưa lưu được");
            assertFalse(screens.errorAt("Mã định danh mới").isBlank(), "the id's violation is shown at the id");
            screens.accessible("organisation-refused");

            screens.type("Mã định danh mới", organisation);
            screens.click(By.xpath("//button[normalize-space(.)='Thêm tổ chức']"));
            screens.waitForText(By.id("org-title"), name);
            screens.waitForText(By.cssSelector("[data-testid=org-tree]"), name);
            screens.accessible("organisation-added");

            screens.click(By.xpath("//button[@role='tab' and normalize-space(.)='Đổi tên']"));
            screens.type("Tên tổ chức", renamed);
            screens.click(By.xpath("//button[normalize-space(.)='Lưu tên mới']"));
            screens.waitForText(By.id("org-title"), renamed);
            screens.waitForText(By.cssSelector("[data-testid=org-tree]"), renamed);
            screens.accessible("organisation-renamed");

            given().port(suite().registry()).auth().oauth2(suite().token("province.admin"))
                    .get("/api/v1/organisations/{id}", organisation).then().statusCode(200)
                    .body("name", equalTo(renamed)).body("parentId", equalTo(BLOC)).body("kind", equalTo("BASE"))
                    .body("active", equalTo(true));

            // a campaign prepared as a draft: without its dates first, the API names them at their fields
            if (width < 600) {
                // the navigation folds on a phone, behind a burger the confirmations cover until they go
                chromium.waiting(Duration.ofSeconds(30)).until(b -> b.findElements(By.cssSelector(
                        ".mantine-Notifications-notification")).isEmpty());
                screens.click(By.xpath("//button[@aria-label='Mở trình đơn']"));
            }
            screens.click(By.xpath("//a[normalize-space(.)='Đợt thi đua']"));
            screens.waitForText(By.tagName("h1"), "Đợt thi đua");
            screens.click(By.xpath("//button[normalize-space(.)='Chuẩn bị đợt mới']"));
            screens.type("Mã đợt", campaign);
            screens.type("Tên đợt", "Dân vận khéo trên không gian số (" + width + " px)");
            screens.click(By.xpath("//button[normalize-space(.)='Lưu bản nháp đợt']"));
            screens.waitForText(By.cssSelector("[role=alert]"), "Chưa lưu được");
            assertFalse(screens.errorAt("Ngày bắt đầu").isBlank(), "the start's violation is shown at the start");
            screens.accessible("campaign-refused");

            screens.setDate("Ngày bắt đầu", "2027-01-01");
            screens.setDate("Ngày kết thúc", "2027-12-31");
            screens.setDate("Bắt đầu xét cấp cơ sở", "2027-10-01");
            screens.setDate("Kết thúc xét cấp cơ sở", "2027-10-31");
            screens.click(By.xpath("//button[normalize-space(.)='Lưu bản nháp đợt']"));
            screens.waitForText(By.cssSelector("[data-testid=campaign][data-id=" + campaign + "]"), "Bản nháp");
            screens.accessible("campaign-drafted");

            given().port(suite().registry()).auth().oauth2(suite().token("province.admin"))
                    .get("/api/v1/campaigns/{id}", campaign).then().statusCode(200)
                    .body("status", equalTo("DRAFT")).body("organisationId", equalTo("ag"))
                    .body("reviewWindows.level", equalTo(List.of("BASE")));
        }
    }

    private static void auditorDay(int width, String organisation, String renamed, String campaign) {
        try (HeadlessChromium chromium = HeadlessChromium.open()) {
            Screens screens = open(chromium, width, "auditor");
            screens.signIn(suite().app(), "auditor");

            screens.waitForText(By.tagName("h1"), "Nhật ký kiểm toán");
            screens.type("Đối tượng", organisation);
            screens.click(By.xpath("//button[normalize-space(.)='Lọc']"));
            screens.waitForText(By.cssSelector("[data-testid=audit]"), "Đổi tên tổ chức");
            String trail = String.join("\n", screens.texts(By.cssSelector("[data-testid=audit-row]")));
            assertTrue(trail.contains("Thêm tổ chức"), trail);
            assertTrue(trail.contains("province.admin"), "the actor is named: " + trail);
            assertEquals(2, screens.texts(By.cssSelector("[data-testid=audit-row]")).size(),
                    "only the two changes to " + organisation + ": " + trail);
            screens.click(By.xpath("(//button[normalize-space(.)='Xem thay đổi'])[1]"));
            screens.waitForText(By.cssSelector("[data-testid=audit]"), renamed);
            screens.accessible("organisation-trail");

            screens.type("Đối tượng", campaign);
            screens.click(By.xpath("//button[normalize-space(.)='Lọc']"));
            screens.waitForText(By.cssSelector("[data-testid=audit]"), "Tạo đợt thi đua");
            screens.shot("campaign-trail");

            // nothing matches: the screen says what to try next
            screens.type("Đối tượng", "ag-khong-co-" + width);
            screens.click(By.xpath("//button[normalize-space(.)='Lọc']"));
            screens.waitForText(By.tagName("main"), "Không có mục nào khớp bộ lọc");
            screens.accessible("trail-empty");

            given().port(suite().registry()).auth().oauth2(suite().token("auditor"))
                    .get("/api/v1/registry-audit?subjectId={id}", organisation).then().statusCode(200)
                    .body("items.action", hasItems("ORGANISATION_CREATED", "ORGANISATION_RENAMED"))
                    .body("items.actorName", hasItems("province.admin"));
        }
    }

    private static void operatorDay(int width) {
        try (HeadlessChromium chromium = HeadlessChromium.open()) {
            Screens screens = open(chromium, width, "operator");
            screens.signIn(suite().app(), "operator");

            screens.waitForText(By.tagName("h1"), "Dựng lại số liệu báo cáo");
            screens.accessible("rebuild");
            screens.click(By.xpath("//button[normalize-space(.)='Bắt đầu dựng lại']"));
            // followed to its end (the word comes when this rebuild ends, not from an earlier one's state): the
            // state, the counts at 100 %, the button back
            screens.waitForText(By.tagName("body"), "Đã dựng lại xong số liệu báo cáo.");
            screens.waitForText(By.cssSelector("[data-testid=rebuild-state]"), "Đã dựng lại xong");
            screens.waitForText(By.cssSelector("[data-testid=rebuild-counts]"), "100%");
            screens.waitFor(By.cssSelector("[role=progressbar][aria-valuenow='100']"));
            screens.waitFor(By.xpath("//button[normalize-space(.)='Bắt đầu dựng lại' and not(@disabled)]"));
            screens.accessible("rebuilt");

            given().port(suite().reporting()).auth().oauth2(suite().token("operator"))
                    .get("/api/v1/projections/rebuild").then().statusCode(200).body("state", equalTo("DONE"));
        }
    }

    private static Screens open(HeadlessChromium chromium, int width, String person) {
        WebDriver browser = chromium.driver();
        browser.manage().window().setSize(new Dimension(width, width < 600 ? 844 : 1000));
        return new Screens(chromium, person + "-" + width);
    }
}
