package vn.dvk.kit.outbox;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dvk.kit.kafka.EventProducer;

/**
 * The relay's failure paths, with the broker's answers scripted: whatever fails, a model's events reach the
 * topic in order, and only what the broker acknowledged is marked published.
 */
@QuarkusTest
@TestProfile(ScriptedKafkaProfile.class)
class RelayFailureTest {

    private static final Duration EVENTUALLY = Duration.ofSeconds(30);

    @Inject
    Outbox outbox;
    @Inject
    EventProducer producer;
    @Inject
    OutboxRelay relay;

    private ScriptedKafka kafka;

    @BeforeEach
    void scripted() {
        kafka = ((ScriptedProducer) producer).kafka;
        kafka.failIncomplete();
        kafka.clear();
    }

    @Test
    void aBatchStopsAtTheFirstRefusedSendSoNothingAfterItGoesOutBeforeIt() {
        kafka.refuseSend(3);
        String key = Events.appendFor(outbox, 5);

        awaitSent(2); // the run the commit woke is under way (its wake-up taken), stopped at the refused #3
        relay.wake(); // so this one asks for the next run: with an hour's poll interval, nothing else would
        await().atMost(EVENTUALLY).until(() -> {
            completeAll();
            return Events.unpublished(key).isEmpty();
        });
        // the refused #3 was never taken; had #4 and #5 gone out after it, they would show here twice
        assertEquals(List.of(1, 2, 3, 4, 5), sentSequences(key));
    }

    @Test
    void onlyTheAcknowledgedPrefixIsMarkedAndTheRestIsSentAgainInOrder() {
        String key = Events.appendFor(outbox, 5);

        awaitSent(5);
        kafka.completeNext();
        kafka.completeNext();
        kafka.errorNext(new TimeoutException("expired in the accumulator (scripted)"));
        kafka.completeNext(); // #4 and #5 were acknowledged, but after a failure: they go again, behind #3
        kafka.completeNext();
        await().atMost(EVENTUALLY).until(() -> Events.unpublished(key).equals(List.of(3, 4, 5)));
        // still ready (requests are served, their events kept), but marked degraded, with the backlog
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'outbox' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'outbox' }.data.state", equalTo("degraded"));

        relay.wake();
        await().atMost(EVENTUALLY).until(() -> {
            completeAll();
            return Events.unpublished(key).isEmpty();
        });
        // every run after the failure sent the unacknowledged rest, whole and in order; the commit's own
        // notification, when it arrives late, may have asked for one run more than the wake-up above
        List<Integer> sent = sentSequences(key);
        assertEquals(List.of(1, 2, 3, 4, 5), sent.subList(0, 5));
        List<Integer> again = sent.subList(5, sent.size());
        assertFalse(again.isEmpty(), "#3 to #5 went again");
        assertEquals(Collections.nCopies(again.size() / 3, List.of(3, 4, 5)).stream().flatMap(List::stream).toList(),
                again);
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'outbox' }.data.state", equalTo("publishing"));
    }

    @Test
    void anAcknowledgementThatNeverComesClosesTheProducerSoTheSendCannotLandLater() {
        int discarded = ((ScriptedProducer) producer).discarded.get();
        String key = Events.appendFor(outbox, 2);

        awaitSent(2); // and no answer, ever: the relay waits the producer's own bound, then gives up on it
        await().atMost(EVENTUALLY).until(() -> ((ScriptedProducer) producer).discarded.get() > discarded);
        assertEquals(List.of(1, 2), Events.unpublished(key));

        relay.wake();
        awaitSent(4);
        completeAll();
        await().atMost(EVENTUALLY).until(() -> Events.unpublished(key).isEmpty());
        assertEquals(List.of(1, 2, 1, 2), sentSequences(key));
    }

    private void awaitSent(int count) {
        await().atMost(EVENTUALLY).until(() -> kafka.history().size() >= count);
    }

    private void completeAll() {
        while (kafka.completeNext()) {
            // one acknowledgement per call
        }
    }

    private List<Integer> sentSequences(String key) {
        return kafka.history().stream().filter(r -> key.equals(r.key())).map(ProducerRecord::value)
                .map(Events::sequenceOf).toList();
    }
}
