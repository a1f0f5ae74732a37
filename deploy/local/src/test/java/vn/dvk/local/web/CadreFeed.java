package vn.dvk.local.web;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dvk.local.web.WebSuite.suite;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import vn.dvk.testing.HeadlessChromium;

/**
 * The rest of a unit cadre's day ({@link CadreDay} drafts and resubmits): a submission refused for the fields
 * it lacks, shown at those fields; the base committee returns the model while the cadre is on another screen, and
 * the unread count and the feed show it without a reload; the cadre edits it and sees what changed from the
 * returned version; reports progress; withdraws it, after confirming; and finds the certificate of a model the
 * base committee recognised by decision, with its verification link. At a desk's width and a phone's; every new
 * screen scanned by axe-core. Screenshots: target/browser/feed-*.png.
 */
abstract class CadreFeed {

    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    private static final String REASON = "Nêu rõ cách phân công các tổ";
    private static final String FIRST_WAY = "Mỗi tổ 10 hộ, họp hằng tháng";
    private static final String SECOND_WAY = "Mỗi tổ 10 hộ, họp hằng tuần, tổ trưởng ghi sổ";
    private static final String PROGRESS = "Đã tổ chức 4 buổi họp tổ, 40 hộ tham gia";
    /** A day past on any clock the suite may keep (the APIs refuse a day after their today). */
    private static final LocalDate YESTERDAY = LocalDate.now(ZoneOffset.UTC).minusDays(1);
    private static final String WITHDRAWAL = "Đơn vị gộp mô hình vào mô hình chung của khu phố";

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {1440, 390})
    void aCadreFollowsTheFeedRevisesReportsAndWithdrawsAReturnedModel(int width) {
        String title = "Tổ hòa giải khu phố " + UUID.randomUUID().toString().substring(0, 6) + " (" + width + " px)";
        String id = draftWithout(title);
        try (HeadlessChromium chromium = HeadlessChromium.open()) {
            WebDriver browser = chromium.driver();
            browser.manage().window().setSize(new Dimension(width, width < 600 ? 844 : 1000));
            Screens screens = new Screens(chromium, "feed-" + width);
            signInAndOpen(screens, browser, "models/" + id);
            screens.waitForText(By.tagName("h1"), title);

            // submitted without "Cách làm" and the start day: the API names both, shown by name and at the fields
            screens.click(By.xpath("//button[normalize-space(.)='Gửi xét']"));
            screens.waitForText(By.cssSelector("[data-testid=missing]"), "Cách làm: cần điền trước khi gửi");
            screens.waitForText(By.cssSelector("[data-testid=missing]"), "Ngày bắt đầu thực hiện: cần điền trước khi gửi");
            screens.accessible("missing");
            screens.click(By.xpath("//button[normalize-space(.)='Sửa các mục còn thiếu']"));
            screens.waitForText(By.tagName("h1"), "Sửa mô hình");
            assertEquals("cần điền trước khi gửi", screens.errorAt("Cách làm"));
            assertEquals("cần điền trước khi gửi", screens.errorAt("Ngày bắt đầu thực hiện"));
            assertEquals("", screens.errorAt("Tóm tắt"), "a field given shows no message");
            screens.accessible("missing-at-fields");
            screens.type("Cách làm", FIRST_WAY);
            screens.setDate("Ngày bắt đầu thực hiện", "2026-01-05");
            screens.click(By.xpath("//button[normalize-space(.)='Lưu thay đổi']"));
            screens.waitForText(By.tagName("h1"), title);
            screens.click(By.xpath("//button[normalize-space(.)='Gửi xét']"));
            screens.waitForText(By.cssSelector("[data-status]"), "Đã gửi xét");

            // the committee returns it while the cadre is on the model's page: the count rises, no reload
            ((JavascriptExecutor) browser).executeScript("window.sameDocument = true");
            int unreadBefore = unread(browser);
            returnAtBase(id);
            chromium.waiting(EVENTUALLY).until(b -> unread(b) > unreadBefore);
            openFeed(screens, width);
            screens.waitForText(By.tagName("h1"), "Thông báo của đơn vị");
            screens.waitForText(By.cssSelector("[data-testid=feed]"), title);
            String entry = browser.findElement(By.xpath("//li[.//a[normalize-space(.)=\"" + title + "\"]]")).getText();
            assertTrue(entry.contains("Bị trả lại ở cấp cơ sở"), entry);
            assertTrue(entry.contains(REASON), entry);
            assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser).executeScript("return window.sameDocument"),
                    "the entry came over the stream, not by reloading the page");
            chromium.waiting(EVENTUALLY).until(b -> unread(b) == 0); // the feed open, everything is read
            screens.accessible("feed");

            // edited: the model shows what changed from the returned version, before and after
            screens.click(By.xpath("//a[normalize-space(.)=\"" + title + "\"]"));
            screens.waitForText(By.cssSelector("[data-testid=changes]"), "Chưa sửa gì");
            screens.click(By.xpath("//a[normalize-space(.)='Sửa mô hình']"));
            replace(screens, "Cách làm", SECOND_WAY);
            screens.click(By.xpath("//button[normalize-space(.)='Lưu thay đổi']"));
            screens.waitForText(By.cssSelector("[data-testid=changes]"), SECOND_WAY);
            String changes = browser.findElement(By.cssSelector("[data-testid=changes] [data-field=implementation]"))
                    .getText();
            assertTrue(changes.contains("Cách làm") && changes.contains("Trước: " + FIRST_WAY)
                    && changes.contains("Sau: " + SECOND_WAY), changes);
            assertEquals(1, browser.findElements(By.cssSelector("[data-testid=changes] [data-field]")).size(),
                    "only the field edited is shown");
            screens.accessible("changes");
            given().port(suite().registry()).auth().oauth2(token("unit.cadre")).get("/api/v1/models/{id}/versions/1", id)
                    .then().statusCode(200).body("content.implementation", equalTo(FIRST_WAY));

            // a progress update
            screens.setDate("Ngày cập nhật", YESTERDAY.toString());
            screens.type("Đã làm được gì", PROGRESS);
            screens.click(By.xpath("//button[normalize-space(.)='Cập nhật tiến độ']"));
            screens.waitForText(By.cssSelector("[data-testid=progress]"), PROGRESS);
            screens.accessible("progress");
            given().port(suite().registry()).auth().oauth2(token("unit.cadre")).get("/api/v1/models/{id}/progress", id)
                    .then().statusCode(200).body("text", hasItem(PROGRESS));

            // withdrawn, after confirming and saying why (no reason: the API refuses it, at the field)
            screens.click(By.xpath("//button[normalize-space(.)='Rút mô hình']"));
            screens.waitForText(By.cssSelector("[role=dialog]"), "sẽ rời khỏi mọi hàng chờ xét duyệt");
            screens.click(By.xpath("//*[@role='dialog']//button[normalize-space(.)='Rút mô hình']"));
            chromium.waiting(EVENTUALLY).until(b -> !screens.errorAt("Lý do rút").isBlank());
            screens.accessible("withdraw-confirm");
            given().port(suite().registry()).auth().oauth2(token("unit.cadre")).get("/api/v1/models/{id}", id)
                    .then().body("status", equalTo("RETURNED"));
            screens.type("Lý do rút", WITHDRAWAL);
            screens.click(By.xpath("//*[@role='dialog']//button[normalize-space(.)='Rút mô hình']"));
            screens.waitForText(By.cssSelector("[data-status]"), "Đã rút");
            screens.waitForText(By.cssSelector("[data-testid=withdrawn]"), WITHDRAWAL);
            assertFalse(browser.getPageSource().contains("Gửi xét lại"), "a withdrawn model is not submitted again");
            screens.accessible("withdrawn");
            given().port(suite().registry()).auth().oauth2(token("unit.cadre")).get("/api/v1/models/{id}", id)
                    .then().statusCode(200).body("status", equalTo("WITHDRAWN"))
                    .body("withdrawalReason", equalTo(WITHDRAWAL));
        }
    }

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {1440, 390})
    void aCadreFindsTheCertificateOfARecognisedModelWithItsVerificationLink(int width) {
        String title = "Bếp ăn tình thương " + UUID.randomUUID().toString().substring(0, 6) + " (" + width + " px)";
        String id = draftWithout(title);
        given().port(suite().registry()).auth().oauth2(token("unit.cadre")).contentType(ContentType.JSON)
                .header("If-Match", etag(id)).body(content(title, FIRST_WAY, "2026-01-05"))
                .put("/api/v1/models/{id}", id).then().statusCode(200);
        given().port(suite().registry()).auth().oauth2(token("unit.cadre")).header("If-Match", etag(id))
                .post("/api/v1/models/{id}/submit", id).then().statusCode(200);
        recogniseAtBase(id);
        try (HeadlessChromium chromium = HeadlessChromium.open()) {
            WebDriver browser = chromium.driver();
            browser.manage().window().setSize(new Dimension(width, width < 600 ? 844 : 1000));
            Screens screens = new Screens(chromium, "certificates-" + width);
            signInAndOpen(screens, browser, "certificates");
            screens.waitForText(By.tagName("h1"), "Giấy chứng nhận của đơn vị");
            By card = By.xpath("//section[@aria-label=\"" + title + "\"]");
            screens.waitForText(card, "Giấy chứng nhận mô hình ở cấp cơ sở");
            screens.accessible("certificates");

            String link = browser.findElement(card).findElement(By.xpath(".//a[normalize-space(.)='Liên kết xác thực']"))
                    .getAttribute("href");
            // the link anyone may follow, without signing in: the certificate is genuine
            given().urlEncodingEnabled(false).get(link).then().statusCode(200).body("status", equalTo("GENUINE"));
            given().port(suite().recognition()).auth().oauth2(token("unit.cadre"))
                    .get("/api/v1/cases/{id}/certificates", id).then().statusCode(200)
                    .body("modelId", hasItem(id)).body("kind", hasItem("RECOGNITION"));
        }
    }

    /** Signs in where the app opens, then opens the address (the session is kept in the tab). */
    private static void signInAndOpen(Screens screens, WebDriver browser, String path) {
        screens.signIn(suite().app(), "unit.cadre");
        screens.waitForText(By.tagName("h1"), "Mô hình của đơn vị");
        browser.get(suite().app() + path);
    }

    /** A filled field's text replaced as a person does it: select all, type over it. */
    private static void replace(Screens screens, String label, String text) {
        WebElement input = screens.input(label);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
    }

    private static int unread(WebDriver browser) {
        Object text = ((JavascriptExecutor) browser).executeScript(
                "const b = document.querySelector('[data-testid=feed-unread]'); return b ? b.textContent : '0'");
        return Integer.parseInt(String.valueOf(text).trim());
    }

    /** The feed's link: in the navigation, behind the menu on a phone. */
    private static void openFeed(Screens screens, int width) {
        if (width < 600) {
            screens.click(By.xpath("//button[@aria-label='Mở trình đơn']"));
        }
        screens.click(By.xpath("//a[starts-with(normalize-space(.), 'Thông báo')]"));
    }

    /** A draft of the demo unit, through the API, lacking how it is carried out and the day it started. */
    private static String draftWithout(String title) {
        return given().port(suite().registry()).auth().oauth2(token("unit.cadre")).contentType(ContentType.JSON)
                .body(content(title, null, null)).post("/api/v1/models").then().statusCode(201).extract().path("id");
    }

    private static String content(String title, String implementation, String startedOn) {
        return """
                {"campaignId":"dvk-2026","title":"%s","summary":"Hòa giải mâu thuẫn trong khu phố",
                 "goals":"Không để mâu thuẫn kéo dài",%s%s"field":"CULTURE_SOCIETY","kind":"MODEL",
                 "ownerKind":"COLLECTIVE"}"""
                .formatted(title, implementation == null ? "" : "\"implementation\":\"" + implementation + "\",",
                        startedOn == null ? "" : "\"startedOn\":\"" + startedOn + "\",");
    }

    private static String etag(String id) {
        return given().port(suite().registry()).auth().oauth2(token("unit.cadre")).get("/api/v1/models/{id}", id)
                .then().statusCode(200).extract().header("ETag");
    }

    private static void awaitInBaseQueue(String id, String reviewer) {
        await("the base committee's queue lists the model").atMost(EVENTUALLY).untilAsserted(() ->
                given().port(suite().recognition()).auth().oauth2(reviewer).get("/api/v1/reviews?sort=newest")
                        .then().statusCode(200).body("items.modelId", hasItem(id)));
    }

    private static void returnAtBase(String id) {
        String reviewer = token("base.reviewer");
        awaitInBaseQueue(id, reviewer);
        String tag = given().port(suite().recognition()).auth().oauth2(reviewer).get("/api/v1/cases/{id}", id)
                .then().statusCode(200).extract().header("ETag");
        given().port(suite().recognition()).auth().oauth2(reviewer).contentType(ContentType.JSON).header("If-Match", tag)
                .body("{\"action\":\"RETURN\",\"reason\":\"" + REASON + "\"}")
                .post("/api/v1/cases/{id}/actions", id).then().statusCode(200);
    }

    /** The base committee recognises the model by a numbered decision, which issues its certificate. */
    private static void recogniseAtBase(String id) {
        String reviewer = token("base.reviewer");
        awaitInBaseQueue(id, reviewer);
        String number = "QĐ-" + UUID.randomUUID().toString().substring(0, 8);
        given().port(suite().recognition()).auth().oauth2(reviewer).contentType(ContentType.JSON).body("""
                {"number":"%s","issuedOn":"%s","level":"BASE","signerName":"Nguyễn Văn An",
                 "signerTitle":"Phó Bí thư Thường trực","legalBasis":"Căn cứ Quy chế Dân vận khéo",
                 "modelIds":["%s"],"commendations":[]}""".formatted(number,
                        YESTERDAY, id))
                .post("/api/v1/decisions").then().statusCode(201);
        await("the registry has it recognised").atMost(EVENTUALLY).untilAsserted(() ->
                given().port(suite().registry()).auth().oauth2(token("unit.cadre")).get("/api/v1/models/{id}", id)
                        .then().body("status", equalTo("RECOGNIZED")));
    }

    private static String token(String user) {
        return suite().token(user);
    }
}
