package vn.dvk.registry.api;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import vn.dvk.kit.outbox.OutboxMessage;
import vn.dvk.registry.Models;
import vn.dvk.testing.DemoCallers;

/**
 * The registry keeps the time of the service's clock, which the test profile starts on another day than today
 * (dvk.time.starts-at): a model's times, its event and the registration window all follow it. Were any of them
 * read from the system clock, it would be days off and these tests would fail.
 */
@QuarkusTest
class RegistryClockTest {

    @Inject
    Clock clock;

    private LocalDate today() {
        return LocalDate.now(clock); // the province's day on the service's clock
    }

    @Test
    void theTestsRunOnTheServicesClockNotOnTodaysDate() {
        assertNotEquals(LocalDate.now(clock.getZone()), today(), "the test profile starts the clock on another day");
    }

    @Test
    void aDraftAndItsEventAreDatedByTheServicesClock() {
        Instant before = clock.instant();
        String id = Models.draft();
        Instant after = clock.instant();

        OffsetDateTime createdAt = OffsetDateTime.parse(Models.as(DemoCallers.unitCadre())
                .get("/api/v1/models/{id}", id).then().statusCode(200).extract().path("createdAt"));
        assertBetween(before, createdAt.toInstant(), after, "createdAt");
        OffsetDateTime occurredAt = QuarkusTransaction.requiringNew().call(() -> OutboxMessage
                .<OutboxMessage>find("partitionKey", id).firstResult().occurredAt);
        assertBetween(before, occurredAt.toInstant(), after, "the drafted event's time");
    }

    @Test
    void theRegistrationWindowClosesOnTheServicesDay() {
        String closedYesterday = CampaignResourceTest.opened(today().minusDays(30).toString(),
                today().plusDays(300).toString(), today().minusDays(1).toString());
        String closesToday = CampaignResourceTest.opened(today().minusDays(30).toString(),
                today().plusDays(300).toString(), today().toString());

        Models.as(DemoCallers.unitCadre()).body(Models.draftBody(closedYesterday)).post("/api/v1/models")
                .then().statusCode(409)
                .body("type", equalTo("https://dvk.example/problems/outside-registration-period"));
        Models.as(DemoCallers.unitCadre()).body(Models.draftBody(closesToday)).post("/api/v1/models")
                .then().statusCode(201);
    }

    @Test
    void progressIsNotReportedForTheServicesTomorrow() {
        String model = Models.submitted();

        Models.as(DemoCallers.unitCadre()).body("{\"reportedOn\": \"%s\", \"text\": \"Đã làm\"}"
                .formatted(today().plusDays(1))).post("/api/v1/models/{id}/progress", model)
                .then().statusCode(400).body("violations.field", hasItem(endsWith("reportedOn")));
        Models.as(DemoCallers.unitCadre()).body("{\"reportedOn\": \"%s\", \"text\": \"Đã làm\"}"
                .formatted(today())).post("/api/v1/models/{id}/progress", model)
                .then().statusCode(201).body("reportedOn", equalTo(today().toString()));
    }

    private static void assertBetween(Instant from, Instant at, Instant to, String what) {
        assertFalse(at.isBefore(from) || at.isAfter(to), what + " " + at + " is not within " + from + " .. " + to);
    }
}
