package vn.dvk.kit.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import vn.dvk.kit.events.ConsumerMetrics.Outcome;
import vn.dvk.kit.failure.Retries;

/**
 * How every consumer of the suite takes an event in. Delivery is at least once and, after a failure on the
 * producer's side, not always in order; the inbox makes it exactly once and in order per aggregate:
 * <ul>
 * <li>an event that can never be processed (not a DVK event, unreadable, lacking fields) goes to the
 * dead-letter topic at once, and the stream goes on;</li>
 * <li>an event whose sequence was applied already is a duplicate and changes nothing;</li>
 * <li>the next event in sequence is applied, in the same transaction that records it as applied, and then any
 * events that had arrived ahead of it;</li>
 * <li>an event ahead of a gap is parked until the gap fills;</li>
 * <li>a temporary failure (database away, lock timeout) is retried, with growing waits, without moving past the
 * event: nothing is skipped and nothing good is dead-lettered.</li>
 * </ul>
 */
@ApplicationScoped
public class EventInbox {

    private static final Logger LOG = Logger.getLogger(EventInbox.class);

    private final ObjectMapper mapper;
    private final OrderedDelivery delivery;
    private final DeadLetters deadLetters;
    private final ConsumerMetrics metrics;
    private final Retries retries;
    private final PollTracing tracing;

    EventInbox(ObjectMapper mapper, OrderedDelivery delivery, DeadLetters deadLetters, ConsumerMetrics metrics,
            Retries retries, PollTracing tracing) {
        this.tracing = tracing;
        this.mapper = mapper;
        this.delivery = delivery;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
        this.retries = retries;
    }

    /**
     * Takes in one record of the handler's topic. Returns once the event is applied, recorded as a duplicate,
     * parked or dead-lettered; throws only when the service stops first (the record is then not acknowledged
     * and comes again after the restart).
     */
    public void receive(ConsumerRecord<String, String> record, EventHandler handler) {
        try {
            IncomingEvent event = IncomingEvent.of(record, mapper);
            handler.read(event); // checked now: an event that can never be applied is not held back
            deliver(event, handler);
        } catch (UnprocessableEvent e) {
            deadLetter(record, e);
        }
    }

    /**
     * Takes in the records of one poll of the handler's topic by the same rules as {@link #receive}, applying them in
     * one transaction (one commit, and the handler may gather their writes: see
     * {@link EventHandler#applyTogether}). Should applying them together fail for good, they are taken in again one
     * at a time, so that only the event at fault is dead-lettered.
     */
    public void receiveAll(List<ConsumerRecord<String, String>> records, EventHandler handler) {
        tracing.around(handler.topic(), records, () -> receiveTogether(records, handler));
    }

    private void receiveTogether(List<ConsumerRecord<String, String>> records, EventHandler handler) {
        List<ConsumerRecord<String, String>> readable = new ArrayList<>(records.size());
        List<IncomingEvent> events = new ArrayList<>(records.size());
        List<EventHandler.Effect> effects = new ArrayList<>(records.size());
        for (ConsumerRecord<String, String> record : records) {
            try {
                IncomingEvent event = IncomingEvent.of(record, mapper);
                effects.add(handler.read(event)); // read once: applied below, again if the transaction is retried
                readable.add(record);
                events.add(event);
            } catch (UnprocessableEvent e) {
                deadLetter(record, e);
            }
        }
        if (events.isEmpty()) {
            return;
        }
        Together together;
        try {
            together = untilDone("applying " + events.size() + " events together", handler.topic(),
                    () -> QuarkusTransaction.requiringNew().call(() -> deliverTogether(events, effects, handler)));
        } catch (UnprocessableEvent e) {
            LOG.warnf("Applying %d events of %s together failed, taking them one at a time: %s", events.size(),
                    handler.topic(), e.getMessage());
            for (int i = 0; i < events.size(); i++) {
                try {
                    deliver(events.get(i), handler);
                } catch (UnprocessableEvent one) {
                    deadLetter(readable.get(i), one);
                }
            }
            return;
        }
        together.outcomes().forEach(outcome -> metrics.count(handler.topic(), outcome));
        together.parkedBehind().forEach(applied -> applyParkedAfter(applied, handler));
    }

    /**
     * What applying a poll's events together came to: each one's outcome, and the last event applied of each
     * aggregate that has events parked behind it.
     */
    private record Together(List<Outcome> outcomes, List<IncomingEvent> parkedBehind) {
    }

    private Together deliverTogether(List<IncomingEvent> events, List<EventHandler.Effect> effects,
            EventHandler handler) {
        List<Outcome> outcomes = new ArrayList<>(events.size());
        Map<String, IncomingEvent> lastApplied = new LinkedHashMap<>();
        handler.applyTogether(() -> {
            for (int i = 0; i < events.size(); i++) {
                IncomingEvent event = events.get(i);
                EventHandler.Effect effect = effects.get(i);
                Outcome outcome = deliverOnce(event, () -> effect);
                outcomes.add(outcome);
                if (outcome == Outcome.APPLIED) {
                    lastApplied.put(event.key(), event);
                }
            }
        });
        Set<String> waiting = delivery.keysWithParked(handler.topic(), lastApplied.keySet());
        return new Together(outcomes, lastApplied.values().stream().filter(e -> waiting.contains(e.key())).toList());
    }

    private void deadLetter(ConsumerRecord<String, String> record, UnprocessableEvent e) {
        LOG.warnf("Dead-lettering %s@%d/%d (key %s): %s", record.topic(), record.partition(), record.offset(),
                record.key(), e.getMessage());
        retries.attempt("dead-lettering " + record.topic() + "@" + record.offset(), () -> {
            deadLetters.send(record, e);
            return null;
        }, () -> metrics.retried(record.topic()));
        metrics.count(record.topic(), Outcome.DEAD_LETTERED);
    }

    /**
     * Applies the event in its turn, then whatever was parked behind it.
     *
     * @throws UnprocessableEvent when applying it fails for good
     */
    public Outcome deliver(IncomingEvent event, EventHandler handler) {
        Outcome outcome = untilDone("applying " + event, event.topic(),
                () -> QuarkusTransaction.requiringNew().call(() -> deliverOnce(event, () -> handler.read(event))));
        metrics.count(event.topic(), outcome);
        if (outcome == Outcome.APPLIED) {
            applyParkedAfter(event, handler);
        }
        return outcome;
    }

    /** Applies, parks or skips the event; {@code effect} is read only if it is applied. */
    private Outcome deliverOnce(IncomingEvent event, Supplier<EventHandler.Effect> effect) {
        long lastApplied = delivery.lockLastApplied(event.topic(), event.key());
        if (event.sequence() <= lastApplied) {
            return Outcome.DUPLICATE;
        }
        if (event.sequence() > lastApplied + 1) {
            LOG.infof("Parking %s: the aggregate's last applied event is #%d", event, lastApplied);
            delivery.park(event);
            return Outcome.PARKED;
        }
        apply(event, effect.get());
        return Outcome.APPLIED;
    }

    /** Applies the parked events that follow, each in its own transaction, until the next gap. */
    private void applyParkedAfter(IncomingEvent applied, EventHandler handler) {
        String what = "applying the events parked after " + applied;
        while (true) {
            Optional<IncomingEvent> next;
            try {
                next = untilDone(what, applied.topic(), () -> QuarkusTransaction.requiringNew().call(() -> {
                    long lastApplied = delivery.lockLastApplied(applied.topic(), applied.key());
                    Optional<IncomingEvent> waiting = delivery.parked(applied.topic(), applied.key(), lastApplied + 1);
                    waiting.ifPresent(event -> apply(event, handler.read(event)));
                    return waiting;
                }));
            } catch (UnprocessableEvent e) {
                // It was readable when parked: only a defect fails it now. It stays parked (and alerts) until fixed.
                LOG.errorf(e, "A parked event after %s cannot be applied; it stays parked", applied);
                QuarkusTransaction.requiringNew().run(() -> delivery.parked(applied.topic(), applied.key(),
                                delivery.lockLastApplied(applied.topic(), applied.key()) + 1)
                        .ifPresent(event -> delivery.noteParkedFailure(event, e.getMessage())));
                return;
            }
            if (next.isEmpty()) {
                return;
            }
            metrics.count(applied.topic(), Outcome.APPLIED);
        }
    }

    /**
     * Runs the work until it succeeds, retrying temporary failures; any other failure of applying an event
     * means it cannot be applied as it is.
     */
    private <T> T untilDone(String what, String topic, Supplier<T> work) {
        try {
            return retries.attempt(what, work, () -> metrics.retried(topic));
        } catch (UnprocessableEvent | Retries.Stopping e) {
            throw e;
        } catch (RuntimeException e) {
            throw new UnprocessableEvent("Applying it failed: " + e, e);
        }
    }

    private void apply(IncomingEvent event, EventHandler.Effect effect) {
        effect.apply();
        delivery.markApplied(event.topic(), event.key(), event.sequence());
    }
}
