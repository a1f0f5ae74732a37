package vn.dvk.reporting.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.dvk.kit.problems.CommonProblems;
import vn.dvk.kit.problems.Languages;
import vn.dvk.testing.HeadlessChromium;
import vn.dvk.testing.PlainHttp;
import vn.dvk.testing.TestTokens;

/**
 * The leaders' pages in a real browser (Debian's chromium, headless, driven through chromedriver): the dashboard
 * shows the campaign's figures as charts and updates itself when an event arrives, without a reload; the printable
 * page draws its charts and tables; the gallery lists the recognised models. Each page signs in by itself and runs
 * under the Content-Security-Policy the service sends, refused nothing. Screenshots are kept in target/browser.
 */
@QuarkusTest
class DashboardBrowserTest {

    private static final LocalDate LATER = LocalDate.of(2026, 12, 31);

    private static HeadlessChromium chromium;
    private static WebDriver browser;

    /** Where the test issuer's realm lives on its server; its authorization endpoint is the realm's address. */
    private static final String ISSUER_PATH = "/auth/realms/quarkus";

    @TestHTTPResource("/")
    URL root;

    @OidcWireMock
    WireMockServer issuer;

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

    /**
     * Opens a page as the province's reviewer, through the page's own sign-in: it sends the browser to the issuer's
     * authorization endpoint, the "user" signs in there (the test sends the browser back with a code for the state
     * the page chose, as Keycloak would), and the page trades the code for the token at the token endpoint.
     */
    private void openSignedIn(String page, ScriptedCampaign campaign) {
        String code = "code-" + UUID.randomUUID();
        issuer.stubFor(post(urlPathEqualTo(ISSUER_PATH + "/token")).atPriority(1)
                .withRequestBody(containing("code=" + code)).withRequestBody(containing("code_verifier="))
                .willReturn(okJson("{\"access_token\":\"" + TestTokens.token("province.reader", campaign.province,
                        "reviewer") + "\",\"token_type\":\"Bearer\"}").withHeader("Access-Control-Allow-Origin", "*")));
        browser.get(root + page);
        String authorization = issuer.baseUrl() + ISSUER_PATH + "?";
        waiting().until(b -> b.getCurrentUrl().startsWith(authorization));
        Map<String, String> asked = queryOf(URI.create(browser.getCurrentUrl()));
        assertEquals("S256", asked.get("code_challenge_method"));
        String redirect = asked.get("redirect_uri");
        browser.get(redirect + (redirect.contains("?") ? "&" : "?") + "state="
                + URLEncoder.encode(asked.get("state"), StandardCharsets.UTF_8) + "&code=" + code);
    }

    private static Map<String, String> queryOf(URI address) {
        Map<String, String> parameters = new HashMap<>();
        for (String pair : address.getRawQuery().split("&")) {
            String[] nameAndValue = pair.split("=", 2);
            parameters.put(nameAndValue[0], URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8));
        }
        return parameters;
    }

    /**
     * The issuer's discovery document as the test issuer serves it, and Keycloak's CORS header for the pages' origin
     * (Keycloak sends it for a client's web origins; the test issuer sends none).
     */
    @BeforeEach
    void issuerAnswersThePages() throws Exception {
        String discovery = ISSUER_PATH + "/.well-known/openid-configuration";
        String document = PlainHttp.newClient().send(HttpRequest.newBuilder(URI.create(issuer.baseUrl()
                + discovery)).build(), HttpResponse.BodyHandlers.ofString()).body();
        issuer.stubFor(get(urlPathEqualTo(discovery)).atPriority(1).willReturn(okJson(document)
                .withHeader("Access-Control-Allow-Origin", "*")));
        issuer.stubFor(get(urlPathEqualTo(ISSUER_PATH)).atPriority(1).willReturn(ok("Đăng nhập")));
    }

    /** The page ran under its policy without a refusal, and left no token where another script could read it. */
    private static void assertNoViolationAndNoStoredToken() {
        assertEquals(List.of(), chromium.contentSecurityPolicyViolations());
        String stored = (String) ((JavascriptExecutor) browser).executeScript(
                "return JSON.stringify(Object.assign({}, sessionStorage, localStorage))");
        assertFalse(stored.contains("eyJ"), "no token in the browser's storage: " + stored);
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
        openSignedIn("dashboard/?campaignId=" + campaign.campaign + "&organisationId=" + campaign.province, campaign);
        long registered = campaign.funnel(campaign.province, LATER, m -> true).get("submitted");
        long recognized = campaign.funnel(campaign.province, LATER, m -> true).get("recognizedAtBase");
        waiting().until(b -> text("submitted").equals(Long.toString(registered)));
        assertEquals(Long.toString(recognized), text("recognizedAtBase"));
        for (String chart : List.of("funnel-chart", "fields-chart", "organisations-chart", "timeline-chart")) {
            assertFalse(browser.findElements(By.cssSelector("#" + chart + " canvas")).isEmpty(), chart + " drawn");
        }
        String reviewsBefore = browser.findElement(By.tagName("body")).getDomAttribute("data-reviews");
        // a tooltip drawn too: no HTML with inline styles for the policy to refuse
        new Actions(browser).moveToElement(browser.findElement(By.cssSelector("#fields-chart canvas"))).perform();
        chromium.screenshot("dashboard.png");

        // a new registration arrives: the page shows it by itself, from the stream
        campaign.sendOneMoreSubmission(ScriptedCampaign.START.plusDays(10));
        waiting().until(b -> text("submitted").equals(Long.toString(registered + 1)));
        assertTrue(Integer.parseInt(browser.findElement(By.tagName("body")).getDomAttribute("data-reviews"))
                > Integer.parseInt(reviewsBefore), "a new review came through the same page's stream");
        assertTrue(browser.getCurrentUrl().contains(campaign.campaign), "no reload to another page");
        assertNoViolationAndNoStoredToken();
    }

    @Test
    void thePrintablePageDrawsChartsAndTablesThatAddUp() {
        ScriptedCampaign campaign = new ScriptedCampaign(30);
        campaign.sendAndAwait(5, Duration.ofSeconds(90));
        openSignedIn("dashboard/print.html?campaignId=" + campaign.campaign + "&organisationId="
                + campaign.province + "&asOf=" + LATER, campaign);
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
        assertNoViolationAndNoStoredToken();
    }

    @Test
    void anOrganisationOutsideTheReadersSubtreeShowsTheRefusalAndNoFigure() {
        ScriptedCampaign campaign = new ScriptedCampaign(30);
        campaign.sendAndAwait(5, Duration.ofSeconds(60));
        openSignedIn("dashboard/?campaignId=" + campaign.campaign + "&organisationId=ag", campaign);
        waiting().until(b -> !text("status").isBlank() && !text("status").startsWith("Đang tải"));
        // the 404's title, as for what does not exist; in Vietnamese, the API's language for a client that names
        // none (the page sets no Accept-Language, and headless Chromium sends none)
        assertEquals(CommonProblems.NOT_FOUND.title(Languages.VIETNAMESE), text("status"));
        assertEquals("–", text("submitted"));
        assertNoViolationAndNoStoredToken();
    }

    @Test
    void theGalleryRunsUnderItsPolicyWithoutSigningIn() {
        ScriptedCampaign campaign = new ScriptedCampaign(30);
        campaign.sendAndAwait(5, Duration.ofSeconds(60));
        browser.get(root + "gallery/");
        waiting().until(b -> !b.findElements(By.cssSelector("#models article")).isEmpty());
        chromium.screenshot("gallery.png");
        assertNoViolationAndNoStoredToken();
    }
}
