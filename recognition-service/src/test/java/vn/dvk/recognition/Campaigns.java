package vn.dvk.recognition;

import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import vn.dvk.recognition.domain.Campaign;
import vn.dvk.testing.DemoEvents;

/** Campaigns as the registry announces them, awaited until recognition has taken them in. */
public final class Campaigns {

    private Campaigns() {
    }

    /** Opens a campaign of the An Giang province using the given levels (base first), its windows open till 2030. */
    public static void open(String campaignId, String... levels) {
        DemoEvents.campaignOpened(campaignId, 1, "2030-12-31", levels);
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> Campaign.findById(campaignId) != null));
    }
}
