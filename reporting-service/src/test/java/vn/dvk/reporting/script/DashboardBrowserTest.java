package vn.dvk.reporting.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.dvk.testing.HeadlessChromium;
import vn.dvk.testing.TestTokens;

/**
 * The leaders' pages in a real browser (Debian's chromium, headless, driven through chromedriver): the dashboard
 * shows the campaign's figures as charts and updates itself when an event arrives, without a reload; the printable
 * page draws its charts and tables. Screenshots are kept in target/browser.
 */
@QuarkusTest
class DashboardBrowserTest {

    private static final LocalDate LATER = LocalDate.of(2026, 12, 31);

    private static HeadlessChromium chromium;
    private static WebDriver browser;

    @TestHTTPResource("/")
    URL root;

    @BeforeAll
    static void openBrowser() {
        chromium = new HeadlessChromium();
        browser = chromium.driver();
    }

    @AfterAll
    static void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    /** Signs the tab in as the province's reviewer: the token the sign-in flow would have kept for the session. */
    private void signIn(ScriptedCampaign campaign) {
        browser.get(root + "dashboard/settings.json");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "sessionStorage.setItem('dvk.accessToken', arguments[0])",
                TestTokens.token("province.reader", campaign.province, "reviewer"));
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private static WebDriverWait waiting() {
        return chromium.waiting(Duration.ofSeconds(45));
    }

    @Test
    void theDashboardDrawsTheFiguresAndFollowsNewEventsLive() {
        ScriptedCampaign campaign = new ScriptedCampaign(60);
        campaign.sendAndAwait(4, Duration.ofSeconds(90));
        signIn(campaign);
        browser.get(root + "dashboard/?campaignId=" + campaign.campaign + "&organisationId=" + campaign.province);
        long registered = campaign.funnel(campaign.province, LATER, m -> true).get("submitted");
        long recognized = campaign.funnel(campaign.province, LATER, m -> true).get("recognizedAtBase");
        waiting().until(b -> text("submitted").equals(Long.toString(registered)));
        assertEquals(Long.toString(recognized), text("recognizedAtBase"));
        for (String chart : List.of("funnel-chart", "fields-chart", "organisations-chart", "timeline-chart")) {
            assertFalse(browser.findElements(By.cssSelector("#" + chart + " canvas")).isEmpty(), chart + " drawn");
        }
        String reviewsBefore = browser.findElement(By.tagName("body")).getDomAttribute("data-reviews");
        chromium.screenshot("dashboard.png");

        // a new registration arrives: the page shows it by itself, from the stream
        campaign.sendOneMoreSubmission(ScriptedCampaign.START.plusDays(10));
        waiting().until(b -> text("submitted").equals(Long.toString(registered + 1)));
        assertTrue(Integer.parseInt(browser.findElement(By.tagName("body")).getDomAttribute("data-reviews"))
                > Integer.parseInt(reviewsBefore), "a new review came through the same page's stream");
        assertTrue(browser.getCurrentUrl().contains(campaign.campaign), "no reload to another page");
    }

    @Test
    void thePrintablePageDrawsChartsAndTablesThatAddUp() {
        ScriptedCampaign campaign = new ScriptedCampaign(30);
        campaign.sendAndAwait(5, Duration.ofSeconds(90));
        signIn(campaign);
        browser.get(root + "dashboard/print.html?campaignId=" + campaign.campaign + "&organisationId="
                + campaign.province + "&asOf=" + LATER);
        waiting().until(b -> "true".equals(b.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        for (String chart : List.of("funnel-chart", "fields-chart", "organisations-chart", "timeline-chart")) {
            assertFalse(browser.findElements(By.cssSelector("#" + chart + " svg")).isEmpty(), chart + " drawn");
        }
        // the fields table's total row: its first number is the registrations of the whole campaign
        var totalRows = browser.findElements(By.cssSelector("table tr.total"));
        assertFalse(totalRows.isEmpty());
        String registered = totalRows.get(0).findElements(By.tagName("td")).get(1).getText();
        assertEquals(Long.toString(campaign.funnel(campaign.province, LATER, m -> true).get("submitted")), registered);
        assertTrue(text("scope").contains("31/12/2026"), text("scope"));
        chromium.screenshot("print.png");
    }

    @Test
    void anOrganisationOutsideTheReadersSubtreeShowsTheRefusalAndNoFigure() {
        ScriptedCampaign campaign = new ScriptedCampaign(30);
        campaign.sendAndAwait(5, Duration.ofSeconds(60));
        signIn(campaign);
        browser.get(root + "dashboard/?campaignId=" + campaign.campaign + "&organisationId=ag");
        waiting().until(b -> !text("status").isBlank() && !text("status").startsWith("Đang tải"));
        assertTrue(text("status").contains("404") || text("status").toLowerCase().contains("không"), text("status"));
        assertEquals("–", text("submitted"));
    }
}
