package vn.dvk.kit.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import vn.dvk.kit.events.ConsumerMetrics.Outcome;
import vn.dvk.kit.paging.KeysetPage;
import vn.dvk.kit.paging.PageCursor;
import vn.dvk.kit.problems.InvalidRequestProblem;
import vn.dvk.kit.problems.KitMessages;

/**
 * Lists what sits on the service's dead-letter topics and replays it once its cause is fixed (a defect
 * deployed away, a missing record restored). A replayed event goes through the same inbox as a live one: in
 * order, once. A letter replayed with success is not replayed again, and a duplicate would change nothing
 * anyway; one that fails again stays listed with the new reason.
 */
@ApplicationScoped
public class DeadLetterReplay {

    private static final Logger LOG = Logger.getLogger(DeadLetterReplay.class);

    /** What a replay did. */
    public record Report(int attempted, int replayed, int failed, List<DeadLetter> letters) {
    }

    private final Instance<EventHandler> handlers;
    private final DeadLetters deadLetters;
    private final DeadLetterTopics topics;
    private final EventInbox inbox;
    private final EntityManager entityManager;
    private final ObjectMapper mapper;

    DeadLetterReplay(@Any Instance<EventHandler> handlers, DeadLetters deadLetters, DeadLetterTopics topics,
            EventInbox inbox, EntityManager entityManager, ObjectMapper mapper) {
        this.handlers = handlers;
        this.deadLetters = deadLetters;
        this.topics = topics;
        this.inbox = inbox;
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    /**
     * One page of the letters on the service's dead-letter topics, after the letter the cursor names: only that
     * page is read from Kafka (and one letter more, to know whether another follows).
     */
    public DeadLetterPage list(String cursor, int limit) {
        List<String> topics = new ArrayList<>();
        handlers.forEach(handler -> topics.add(deadLetters.topicFor(handler.topic())));
        Collections.sort(topics);
        DeadLetterTopics.Position from = cursor == null ? null : after(PageCursor.decode(cursor, 1).get(0), topics);
        List<ConsumerRecord<String, String>> records = this.topics.read(topics, from, limit + 1);
        Map<String, Object[]> replays = new HashMap<>();
        records.stream().map(ConsumerRecord::topic).distinct().forEach(topic -> replays.putAll(replaysOf(topic,
                records.stream().filter(r -> r.topic().equals(topic)).mapToLong(ConsumerRecord::offset).min().orElseThrow(),
                records.stream().filter(r -> r.topic().equals(topic)).mapToLong(ConsumerRecord::offset).max().orElseThrow())));
        List<DeadLetter> letters = records.stream().map(record -> view(record, replays.get(idOf(record)))).toList();
        KeysetPage<DeadLetter> page = KeysetPage.of(letters, limit, DeadLetter::id);
        return new DeadLetterPage(page.items(), page.nextCursor());
    }

    /** Where the page after the letter {@code <topic>/<partition>/<offset>} starts. */
    private static DeadLetterTopics.Position after(String letterId, List<String> topics) {
        String[] parts = letterId.split("/");
        try {
            if (parts.length == 3 && topics.contains(parts[0])) {
                return new DeadLetterTopics.Position(parts[0], Integer.parseInt(parts[1]), Long.parseLong(parts[2]) + 1);
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw InvalidRequestProblem.ofField("cursor", KitMessages.CURSOR_NOT_HANDED_OUT.text());
    }

    /** Replays the letters named (all not yet replayed when none are). */
    public Report replay(Set<String> ids) {
        List<DeadLetter> acted = new ArrayList<>();
        int replayed = 0;
        for (EventHandler handler : handlers) {
            String topic = deadLetters.topicFor(handler.topic());
            Map<String, Object[]> replays = replaysOf(topic);
            for (ConsumerRecord<String, String> record : ids.isEmpty() ? topics.read(topic) : named(topic, ids)) {
                String id = idOf(record);
                if (view(record, replays.get(id)).isReplayed()) {
                    continue;
                }
                if (replayOne(record, handler)) {
                    replayed++;
                }
                acted.add(view(record, replaysOf(topic).get(id)));
            }
        }
        return new Report(acted.size(), replayed, acted.size() - replayed, acted);
    }

    /**
     * The letters of the topic among those named, in the order of partition and offset: each read where its id says
     * it is, not the whole topic. An id of no letter (another topic's, gone with the retention, or no id at all)
     * names nothing.
     */
    private List<ConsumerRecord<String, String>> named(String topic, Set<String> ids) {
        List<ConsumerRecord<String, String>> letters = new ArrayList<>();
        for (String id : ids) {
            String[] parts = id.split("/");
            if (parts.length != 3 || !parts[0].equals(topic)) {
                continue;
            }
            DeadLetterTopics.Position at;
            try {
                at = new DeadLetterTopics.Position(topic, Integer.parseInt(parts[1]), Long.parseLong(parts[2]));
            } catch (NumberFormatException e) {
                continue;
            }
            topics.read(List.of(topic), at, 1).stream()
                    .filter(record -> record.partition() == at.partition() && record.offset() == at.offset())
                    .forEach(letters::add);
        }
        letters.sort(Comparator.comparingInt((ConsumerRecord<String, String> r) -> r.partition())
                .thenComparingLong(ConsumerRecord::offset));
        return letters;
    }

    private boolean replayOne(ConsumerRecord<String, String> record, EventHandler handler) {
        try {
            IncomingEvent event = IncomingEvent.of(record, handler.topic(), mapper);
            handler.read(event);
            Outcome outcome = inbox.deliver(event, handler);
            LOG.infof("Replayed dead letter %s: %s", idOf(record), outcome);
            note(record, DeadLetter.REPLAYED, outcome.name().toLowerCase(), null);
            return true;
        } catch (UnprocessableEvent e) {
            LOG.warnf("Dead letter %s failed again: %s", idOf(record), e.getMessage());
            note(record, DeadLetter.FAILED, null, e.getMessage());
            return false;
        }
    }

    private void note(ConsumerRecord<String, String> record, String status, String outcome, String error) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                insert into {h-schema}dead_letter_replay
                    (dead_letter_topic, partition_no, offset_no, status, outcome, last_error, replayed_at)
                values (:topic, :partition, :offset, :status, :outcome, :error, now())
                on conflict (dead_letter_topic, partition_no, offset_no) do update
                set status = excluded.status, outcome = excluded.outcome, last_error = excluded.last_error,
                    replayed_at = excluded.replayed_at""")
                .setParameter("topic", record.topic()).setParameter("partition", record.partition())
                .setParameter("offset", record.offset()).setParameter("status", status)
                .setParameter("outcome", outcome).setParameter("error", error)
                .executeUpdate());
    }

    /** Replays recorded for the topic, by letter id: status, outcome, last error, time. */
    private Map<String, Object[]> replaysOf(String topic) {
        return replaysOf(topic, 0, Long.MAX_VALUE);
    }

    /** Replays recorded for the letters of the topic with offsets from first to last (of any partition). */
    private Map<String, Object[]> replaysOf(String topic, long first, long last) {
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                select partition_no, offset_no, status, outcome, last_error, cast(replayed_at as varchar)
                from {h-schema}dead_letter_replay
                where dead_letter_topic = :topic and offset_no between :first and :last""", Object[].class)
                .setParameter("topic", topic).setParameter("first", first).setParameter("last", last)
                .getResultList());
        Map<String, Object[]> replays = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            replays.put(topic + "/" + columns[0] + "/" + columns[1], columns);
        }
        return replays;
    }

    private static String idOf(ConsumerRecord<?, ?> record) {
        return record.topic() + "/" + record.partition() + "/" + record.offset();
    }

    private static DeadLetter view(ConsumerRecord<String, String> record, Object[] replay) {
        return new DeadLetter(idOf(record),
                DeadLetterTopics.header(record, DeadLetters.TOPIC),
                record.key(),
                DeadLetterTopics.header(record, "ce_id"),
                DeadLetterTopics.header(record, "ce_type"),
                DeadLetterTopics.header(record, DeadLetters.REASON),
                DeadLetterTopics.header(record, DeadLetters.FAILED_AT),
                record.value(),
                replay == null ? DeadLetter.PENDING : (String) replay[2],
                replay == null ? null : (String) replay[3],
                replay == null ? null : (String) replay[4],
                replay == null ? null : (String) replay[5]);
    }
}
