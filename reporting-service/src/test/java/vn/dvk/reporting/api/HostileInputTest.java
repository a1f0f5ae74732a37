package vn.dvk.reporting.api;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.HostileInput;

/** Every reporting operation, driven with what fuzzers and careless clients send: never a 5xx. */
@QuarkusTest
class HostileInputTest {

    @Test
    void theFunnelAnswersEveryCampaignIdCleanly() {
        String reader = DemoCallers.reviewer(DemoCallers.PROVINCE);
        for (String value : HostileInput.queryValues()) {
            HostileInput.assertAnsweredCleanly(HostileInput.send("GET", "/api/v1/reports/funnel?campaignId=" + value,
                    reader), "funnel ?campaignId=" + value, value.matches("[a-z0-9][a-z0-9-]{0,63}"));
            HostileInput.assertAnsweredCleanly(HostileInput.send("GET", "/api/v1/reports/funnel?campaignId=dvk-2026&"
                    + value + "=1", reader), "funnel with ?" + value, true);
        }
    }

    @Test
    void everyReportAnswersEveryParameterCleanly() {
        String reader = DemoCallers.reviewer(DemoCallers.PROVINCE);
        for (String report : List.of("funnel", "breakdown", "organisations", "backlog", "commendations", "replication",
                "take-ups", "timeline", "indicators", "review", "review/xlsx", "review/csv")) {
            for (String parameter : List.of("organisationId", "from", "asOf", "period", "movement", "field", "kind",
                    "ownerKind", "by", "limit")) {
                for (String value : HostileInput.queryValues()) {
                    HostileInput.assertAnsweredCleanly(HostileInput.send("GET", "/api/v1/reports/" + report
                            + "?campaignId=dvk-2026&" + parameter + "=" + value, reader),
                            report + " ?" + parameter + "=" + value, true);
                }
            }
        }
        for (String parameter : List.of("q", "field", "level", "campaignId", "provinceId", "cursor", "limit")) {
            for (String value : HostileInput.queryValues()) {
                HostileInput.assertAnsweredCleanly(HostileInput.send("GET", "/api/v1/gallery?" + parameter + "="
                        + value, null), "gallery ?" + parameter + "=" + value, true);
            }
        }
    }

    @Test
    void unknownPathsAndOperationsAnswerProblems() {
        String reader = DemoCallers.reviewer(DemoCallers.PROVINCE);
        for (String segment : HostileInput.pathSegments()) {
            HostileInput.assertAnsweredCleanly(HostileInput.send("GET", "/api/v1/reports/" + segment, reader),
                    "GET report " + segment, false);
            HostileInput.assertAnsweredCleanly(HostileInput.send("GET", "/api/v1/reporting-dead-letters/" + segment,
                    DemoCallers.operator()), "GET dead letter " + segment, false);
        }
        HostileInput.assertAnsweredCleanly(HostileInput.send("DELETE", "/api/v1/reports/funnel", reader), "DELETE",
                false);
    }
}
