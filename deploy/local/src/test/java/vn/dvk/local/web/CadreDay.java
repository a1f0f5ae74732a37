package vn.dvk.local.web;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dvk.local.web.WebSuite.suite;

import io.restassured.http.ContentType;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import vn.dvk.testing.HeadlessChromium;

/**
 * A unit cadre's day in the web app, in headless chromium against the real suite ({@link WebSuite}): sign in on
 * Keycloak's page, the unit's models, a draft the API refuses and says why at the field, saved, evidence attached, submitted; the base committee returns it (through its API); the cadre reads the
 * reason and the level, edits and resubmits. At a phone's width and a desk's; every screen scanned by axe-core.
 * Screenshots: target/browser/cadre-*.png. Run in {@link LocalSuiteIT}, nested.
 */
abstract class CadreDay {

    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    private static final String REASON = "Bổ sung số hộ được hỗ trợ";

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {1440, 390})
    void aCadreDraftsEvidencesSubmitsAndResubmitsAReturnedModel(int width) throws IOException {
        String title = "Mô hình \"Tổ tự quản\" khu phố (" + width + " px)";
        try (HeadlessChromium chromium = HeadlessChromium.open()) {
            WebDriver browser = chromium.driver();
            browser.manage().window().setSize(new Dimension(width, width < 600 ? 844 : 1000));
            Screens screens = new Screens(chromium, "cadre-" + width);

            screens.signIn(suite().app(), "unit.cadre");

            // the unit's models: the demo data's, with their status in Vietnamese
            screens.waitForText(By.tagName("h1"), "Mô hình của đơn vị");
            screens.waitFor(By.cssSelector("[data-testid=model-row]"));
            assertFalse(browser.getCurrentUrl().contains("code="), "the code is taken off the address");
            assertTrue(screens.texts(By.cssSelector("[data-status]")).stream().allMatch(s -> !s.isBlank()));
            screens.accessible("models");

            // a draft without title or field: the API says what is missing, shown at those fields
            screens.click(By.xpath("//a[normalize-space(.)='Đăng ký mô hình mới']"));
            screens.waitForText(By.tagName("h1"), "Đăng ký mô hình mới");
            screens.click(By.xpath("//button[normalize-space(.)='Lưu bản nháp']"));
            screens.waitForText(By.cssSelector("[role=alert]"), "Chưa lưu được");
            assertFalse(screens.errorAt("Tên mô hình").isBlank(), "the title's violation is shown at the title");
            assertFalse(screens.errorAt("Lĩnh vực").isBlank(), "the field's violation is shown at the field");
            screens.accessible("draft-refused");

            screens.type("Tên mô hình", title);
            screens.choose("Lĩnh vực", "Văn hóa – xã hội");
            screens.type("Tóm tắt", "Tổ tự quản giữ gìn an ninh, vệ sinh khu phố.");
            screens.type("Mục tiêu", "Khu phố sạch, an toàn");
            screens.type("Cách làm", "Mỗi tổ 10 hộ, họp hằng tháng");
            screens.setDate("Ngày bắt đầu thực hiện", "2026-01-05");
            screens.click(By.xpath("//button[normalize-space(.)='Lưu bản nháp']"));
            screens.waitForText(By.tagName("h1"), title);
            screens.waitForText(By.cssSelector("[data-status]"), "Bản nháp");
            String id = browser.getCurrentUrl().replaceAll(".*/models/", "");

            // evidence, with its upload's progress
            Path photo = Files.createTempFile("anh-hop-to-", ".png");
            ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
            WebElement picker = browser.findElement(By.cssSelector("input[type=file]"));
            // Mantine's FileInput keeps the native picker hidden behind its button: show it to type the path
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].style.display='block'", picker);
            picker.sendKeys(photo.toString());
            screens.type("Mô tả minh chứng", "Ảnh buổi họp tổ");
            screens.click(By.xpath("//button[normalize-space(.)='Tải lên']"));
            screens.waitForText(By.cssSelector("[data-testid=evidence]"), photo.getFileName().toString());
            screens.shot("evidence");

            screens.click(By.xpath("//button[normalize-space(.)='Gửi xét']"));
            screens.waitForText(By.cssSelector("[data-status]"), "Đã gửi xét");
            screens.accessible("submitted");

            // the base committee returns it, through its API
            returnAtBase(id);

            browser.navigate().refresh();
            screens.waitForText(By.cssSelector("[data-status]"), "Bị trả lại");
            String returned = screens.waitFor(By.cssSelector("[data-testid=returned]")).getText();
            assertTrue(returned.contains("cấp cơ sở"), returned);
            assertTrue(returned.contains(REASON), returned);
            screens.accessible("returned");

            screens.click(By.xpath("//a[normalize-space(.)='Sửa mô hình']"));
            screens.waitForText(By.tagName("h1"), "Sửa mô hình");
            screens.type("Kết quả đạt được", "35 hộ được hỗ trợ sửa nhà");
            screens.click(By.xpath("//button[normalize-space(.)='Lưu thay đổi']"));
            screens.waitForText(By.tagName("h1"), title);
            assertTrue(browser.getPageSource().contains("35 hộ được hỗ trợ sửa nhà"));
            screens.click(By.xpath("//button[normalize-space(.)='Gửi xét lại']")); // it was returned once
            screens.waitForText(By.cssSelector("[data-status]"), "Đã gửi xét");
            screens.shot("resubmitted");

            given().port(suite().registry()).auth().oauth2(token("unit.cadre")).get("/api/v1/models/{id}", id)
                    .then().statusCode(200).body("status", equalTo("SUBMITTED"))
                    .body("content.results", equalTo("35 hộ được hỗ trợ sửa nhà"));
        }
    }

    private static void returnAtBase(String id) {
        String reviewer = token("base.reviewer");
        await("the base committee's queue lists the model").atMost(EVENTUALLY).untilAsserted(() ->
                given().port(suite().recognition()).auth().oauth2(reviewer).get("/api/v1/reviews?sort=newest")
                        .then().statusCode(200).body("items.modelId", hasItem(id)));
        String tag = given().port(suite().recognition()).auth().oauth2(reviewer).get("/api/v1/cases/{id}", id)
                .then().statusCode(200).extract().header("ETag");
        given().port(suite().recognition()).auth().oauth2(reviewer).contentType(ContentType.JSON).header("If-Match", tag)
                .body("{\"action\":\"RETURN\",\"reason\":\"" + REASON + "\"}")
                .post("/api/v1/cases/{id}/actions", id).then().statusCode(200);
        await("the registry has it returned").atMost(EVENTUALLY).untilAsserted(() ->
                given().port(suite().registry()).auth().oauth2(token("unit.cadre")).get("/api/v1/models/{id}", id)
                        .then().body("status", equalTo("RETURNED")));
    }

    private static String token(String user) {
        return suite().token(user);
    }
}
