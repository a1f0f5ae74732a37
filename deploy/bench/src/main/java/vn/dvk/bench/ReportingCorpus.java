package vn.dvk.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.dvk.testing.DemoEvents;
import vn.dvk.testing.EventSchemas;

/**
 * A campaign's models told as the registry and recognition publish them, for the reporting service to project:
 * {@code size} models of the {@link ModelCorpus} tree under the demo province (10 blocs × 8 base organisations × 5
 * units), the four fields, models and exemplars, each submitted on a day of the twelve months up to today, and a
 * share of them then opened for review, recognised at base level (some nominated and recognised at bloc level),
 * returned, declined or withdrawn. Events go out in the order they happened (day by day), with the CloudEvents
 * headers and per-model sequences the outbox relay gives them, through a plain producer tuned for throughput.
 *
 * <p>Per 100 models: 100 submitted, 2 withdrawn, 25 opened for review; of these 12 recognised at base level (4 of
 * them nominated to bloc level and 2 recognised there), 3 returned, 1 declined, 9 still under review: about 1.5
 * events a model (a few fewer, as stories in the last days have not run their course).
 */
final class ReportingCorpus {

    static final String[] FIELDS = {"ECONOMY", "CULTURE_SOCIETY", "DEFENSE_SECURITY", "POLITICAL_SYSTEM"};
    private static final String[] TOPICS = {"chăm sóc người bệnh", "xây dựng nông thôn mới", "cải cách hành chính",
        "giữ gìn an ninh trật tự", "hỗ trợ hộ nghèo", "chuyển đổi số", "khuyến học", "bảo vệ môi trường"};
    private static final int DAYS = 365;
    /** The days after its submission on which a model's later events happen. */
    private static final int[] OFFSETS = {0, 1, 5, 10, 12, 15, 16, 40};
    private static final ZoneId PROVINCE_TIME = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String LEVELS = "[\"BASE\",\"BLOC\",\"PROVINCE\"]";

    /** One event as its producer publishes it. */
    record Event(String producer, String topic, String type, String key, String payload, String time) {
    }

    private final String campaignId;
    private final long size;
    private final LocalDate firstDay;
    private final String[] paths = new String[ModelCorpus.BLOCS * ModelCorpus.BASES_PER_BLOC
            * ModelCorpus.UNITS_PER_BASE];

    ReportingCorpus(String campaignId, long size) {
        this.campaignId = campaignId;
        this.size = size;
        this.firstDay = LocalDate.now(PROVINCE_TIME).minusDays(DAYS - 1);
        int i = 0;
        for (int b = 1; b <= ModelCorpus.BLOCS; b++) {
            for (int s = 1; s <= ModelCorpus.BASES_PER_BLOC; s++) {
                for (int u = 1; u <= ModelCorpus.UNITS_PER_BASE; u++) {
                    paths[i++] = """
                            {"province":{"id":"ag","name":"Tỉnh An Giang"},"bloc":{"id":"%s","name":"%s"},\
                            "base":{"id":"%s","name":"%s"},"unit":{"id":"%s","name":"%s"}}""".formatted(
                            ModelCorpus.bloc(b), ModelCorpus.blocName(b), ModelCorpus.base(b, s),
                            ModelCorpus.baseName(b, s), ModelCorpus.unit(b, s, u), ModelCorpus.unitName(b, s, u));
                }
            }
        }
    }

    String campaignId() {
        return campaignId;
    }

    /**
     * Publishes the campaign's opening and every model's events, in the order they happened, and waits until Kafka
     * has acknowledged them all; checks the first event of each type against its producer's JSON Schema first.
     *
     * @return the number of events published
     */
    long publish(String bootstrapServers) {
        AtomicReference<Exception> failure = new AtomicReference<>();
        Set<String> checked = new HashSet<>();
        long[] sent = {0};
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig(bootstrapServers),
                new StringSerializer(), new StringSerializer())) {
            forEachEvent(event -> {
                if (checked.add(event.type())) {
                    EventSchemas.assertValid(event.producer(), event.type(), event.payload());
                }
                ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.key(),
                        event.payload());
                header(record, "ce_specversion", "1.0");
                header(record, "ce_id", UUID.randomUUID().toString());
                header(record, "ce_type", event.type());
                header(record, "ce_source", "/dvk/" + event.producer());
                header(record, "ce_subject", event.key());
                header(record, "ce_time", event.time());
                header(record, "content-type", "application/json");
                producer.send(record, (metadata, e) -> {
                    if (e != null) {
                        failure.compareAndSet(null, e);
                    }
                });
                sent[0]++;
            });
            producer.flush();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("Kafka refused an event", failure.get());
        }
        return sent[0];
    }

    /** Every event of the campaign, in the order they happened: the opening, then day by day. */
    void forEachEvent(java.util.function.Consumer<Event> sink) {
        sink.accept(campaignOpened());
        LocalDate today = LocalDate.now(PROVINCE_TIME);
        for (int day = 0; day < DAYS + OFFSETS[OFFSETS.length - 1]; day++) {
            if (firstDay.plusDays(day).isAfter(today)) {
                break; // what would happen after today has not happened yet
            }
            for (int offset : OFFSETS) {
                int start = day - offset;
                if (start < 0 || start >= DAYS) {
                    continue;
                }
                for (long g = firstModelOn(start); g < firstModelOn(start + 1); g++) {
                    eventOf(g, start, offset, sink);
                }
            }
        }
    }

    /** The first model submitted on the day (models are spread evenly over the days, in order). */
    private long firstModelOn(int day) {
        return (day * size + DAYS - 1) / DAYS;
    }

    /** The model's event {@code offset} days after its submission on day {@code start}, if its story has one. */
    private void eventOf(long g, int start, int offset, java.util.function.Consumer<Event> sink) {
        int story = (int) Long.remainderUnsigned(g * 2654435761L + 12345, 100);
        boolean withdrawn = story < 2;
        boolean inReview = story >= 2 && story < 27;
        boolean recognizedAtBase = story >= 2 && story < 14;
        boolean nominated = story >= 2 && story < 6;
        boolean recognizedAtBloc = story >= 2 && story < 4;
        boolean returned = story >= 14 && story < 17;
        boolean declined = story == 17;
        String at = at(g, start + offset);
        switch (offset) {
            case 0 -> sink.accept(registry(g, "dvk.registry.model.submitted.v1", """
                    {"modelId":"%s","sequence":1,"version":1,"level":"BASE","campaignId":"%s","title":"%s",\
                    "field":"%s","kind":"%s","ownerKind":"%s","submittedAt":"%s","path":%s}""".formatted(id(g),
                    campaignId, title(g), FIELDS[(int) (g % 4)], g % 5 == 0 ? "EXEMPLAR" : "MODEL",
                    g % 5 == 0 ? "INDIVIDUAL" : "COLLECTIVE", at, path(g)), at));
            case 1 -> {
                if (inReview) {
                    sink.accept(recognition(g, "dvk.recognition.case.opened.v1", """
                            {"modelId":"%s","sequence":1,"campaignId":"%s","level":"BASE","levels":%s,"version":1,\
                            "path":%s,"occurredAt":"%s"}""".formatted(id(g), campaignId, LEVELS, path(g), at), at));
                }
            }
            case 5 -> {
                if (withdrawn) {
                    sink.accept(registry(g, "dvk.registry.model.withdrawn.v1", """
                            {"modelId":"%s","sequence":2,"version":1,"path":%s,"reason":"Đơn vị sáp nhập",\
                            "withdrawnAt":"%s"}""".formatted(id(g), path(g), at), at));
                }
            }
            case 10, 12 -> {
                if (offset == 10 ? returned : declined) {
                    sink.accept(recognition(g, offset == 10 ? "dvk.recognition.model.returned.v1"
                            : "dvk.recognition.model.declined.v1", """
                            {"modelId":"%s","sequence":2,"campaignId":"%s","level":"BASE","version":1,"path":%s,\
                            "reason":"Cần bổ sung kết quả","decidedBy":"reviewer","occurredAt":"%s"}""".formatted(
                            id(g), campaignId, path(g), at), at));
                }
            }
            case 15 -> {
                if (recognizedAtBase) {
                    sink.accept(recognized(g, 2, "BASE", at));
                }
            }
            case 16 -> {
                if (nominated) {
                    sink.accept(recognition(g, "dvk.recognition.model.nominated.v1", """
                            {"modelId":"%s","sequence":3,"campaignId":"%s","fromLevel":"BASE","level":"BLOC",\
                            "path":%s,"decidedBy":"reviewer","occurredAt":"%s"}""".formatted(id(g), campaignId,
                            path(g), at), at));
                }
            }
            case 40 -> {
                if (recognizedAtBloc) {
                    sink.accept(recognized(g, 4, "BLOC", at));
                }
            }
            default -> throw new IllegalStateException("No event " + offset + " days after a submission");
        }
    }

    private Event recognized(long g, int sequence, String level, String at) {
        return recognition(g, "dvk.recognition.model.recognized.v1", """
                {"modelId":"%s","sequence":%d,"campaignId":"%s","level":"%s","path":%s,"decidedBy":"reviewer",\
                "occurredAt":"%s"}""".formatted(id(g), sequence, campaignId, level, path(g), at), at);
    }

    private Event campaignOpened() {
        String opened = firstDay.minusDays(1).atTime(8, 0).atZone(PROVINCE_TIME).toOffsetDateTime()
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        String windows = List.of("BASE", "BLOC", "PROVINCE").stream().map(level -> """
                {"level":"%s","opensOn":"%s","closesOn":"%s"}""".formatted(level, firstDay,
                firstDay.plusDays(DAYS + 180))).collect(java.util.stream.Collectors.joining(","));
        return new Event(DemoEvents.REGISTRY, DemoEvents.CAMPAIGN_EVENTS, DemoEvents.CAMPAIGN_OPENED, campaignId, """
                {"campaignId":"%s","sequence":1,"provinceId":"ag","status":"OPEN",
                 "campaign":{"id":"%s","movement":"DVK","name":"Dân vận khéo – đo tải %s","organisationId":"ag",
                   "startsOn":"%s","endsOn":"%s","registrationDeadline":"%s","reviewWindows":[%s]},
                 "changedBy":"province.admin","changedAt":"%s"}""".formatted(campaignId, campaignId, campaignId,
                firstDay, firstDay.plusDays(4 * DAYS), firstDay.plusDays(DAYS), windows, opened), opened);
    }

    private Event registry(long g, String type, String payload, String at) {
        return new Event(DemoEvents.REGISTRY, DemoEvents.MODEL_EVENTS, type, id(g).toString(), payload, at);
    }

    private Event recognition(long g, String type, String payload, String at) {
        return new Event(DemoEvents.RECOGNITION, DemoEvents.CASE_EVENTS, type, id(g).toString(), payload, at);
    }

    /** The same id for the same model of the same campaign in every run. */
    private UUID id(long g) {
        return UUID.nameUUIDFromBytes((campaignId + "/" + g).getBytes(StandardCharsets.UTF_8));
    }

    /** Units in turn, scattered over the tree rather than filling one base after another. */
    private String path(long g) {
        return paths[(int) ((g * 7919) % paths.length)];
    }

    private static String title(long g) {
        return (g % 3 == 0 ? "Mô hình \\\"Dân vận khéo\\\" " : "Mô hình ") + TOPICS[(int) (g / 7 % TOPICS.length)]
                + " số " + g;
    }

    /** Between 07:30 and 16:30, province time, on the day. */
    private String at(long g, int day) {
        return firstDay.plusDays(day).atTime(LocalTime.of(7, 30).plusMinutes(g % 540)).atZone(PROVINCE_TIME)
                .toOffsetDateTime().withOffsetSameInstant(ZoneOffset.ofHours(7))
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static Properties producerConfig(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(512 * 1024));
        props.put(ProducerConfig.BUFFER_MEMORY_CONFIG, Long.toString(128L * 1024 * 1024));
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        return props;
    }
}
