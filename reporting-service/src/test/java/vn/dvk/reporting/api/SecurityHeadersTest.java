package vn.dvk.reporting.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The headers the kit's configuration puts on every response: the pages and the API may be neither framed nor
 * sniffed into another type, and send no address onwards; the pages' policy admits their own scripts and styles
 * and connections to the issuer they sign in with, nothing inline. (DashboardBrowserTest runs the pages under it.)
 */
@QuarkusTest
class SecurityHeadersTest {

    private static ValidatableResponse assertHardened(ValidatableResponse response) {
        String issuer = ConfigProvider.getConfig().getValue("dvk.web.issuer", String.class);
        return response.header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .header("Content-Security-Policy", containsString("style-src 'self';"))
                .header("Content-Security-Policy", containsString("connect-src 'self' " + issuer + "/;"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", containsString("object-src 'none'"))
                .header("Content-Security-Policy", containsString("base-uri 'none'"))
                .header("Content-Security-Policy", not(containsString("unsafe")));
    }

    @Test
    void everyPageIsServedUnderThePolicy() {
        for (String page : new String[] {"/dashboard/", "/dashboard/print.html", "/gallery/", "/dashboard/dvk.js",
                "/_static/echarts/5.6.0/dist/echarts.min.js"}) {
            assertHardened(given().get(page).then().statusCode(200));
        }
    }

    @Test
    void apiAnswersAndProblemsCarryTheSameHeaders() {
        assertHardened(given().get("/api/v1/gallery").then().statusCode(200));
        assertHardened(given().get("/api/v1/reports/funnel").then().statusCode(401));
        assertHardened(given().queryParam("limit", 0).get("/api/v1/gallery").then().statusCode(400));
    }

    @Test
    void swaggerUiKeepsItsOwnPolicy() {
        given().get("/q/swagger-ui/").then().statusCode(200)
                .header("Content-Security-Policy", nullValue())
                .header("X-Content-Type-Options", equalTo("nosniff"));
    }
}
