package vn.dvk.testing;

import java.util.Map;
import java.util.UUID;

/**
 * Publishes events as the registry and recognition services do, for a model of the demo unit ag-syt-bvdk,
 * so a consumer can be tested without its producer.
 */
public final class DemoEvents {

    public static final String MODEL_EVENTS = "registry.model-events";
    public static final String CASE_EVENTS = "recognition.case-events";
    public static final String SUBMITTED = "dvk.registry.model.submitted.v1";
    public static final String RECOGNIZED = "dvk.recognition.model.recognized.v1";
    public static final String NOMINATED = "dvk.recognition.model.nominated.v1";
    public static final String RESUBMITTED = "dvk.registry.model.resubmitted.v1";
    public static final String WITHDRAWN = "dvk.registry.model.withdrawn.v1";
    public static final String RETURNED = "dvk.recognition.model.returned.v1";
    public static final String DECLINED = "dvk.recognition.model.declined.v1";
    public static final String CAMPAIGN_EVENTS = "registry.campaign-events";
    public static final String CAMPAIGN_OPENED = "dvk.registry.campaign.opened.v1";
    public static final String REVOKED = "dvk.recognition.model.revoked.v1";
    public static final String REGISTRY = "registry-service";
    public static final String RECOGNITION = "recognition-service";

    /** The demo unit's path, as events carry it. */
    public static final String PATH = """
            {"province":{"id":"ag","name":"Tỉnh An Giang"},
             "bloc":{"id":"ag-dukcqdn","name":"Đảng bộ Khối các Cơ quan và Doanh nghiệp tỉnh An Giang"},
             "base":{"id":"ag-syt","name":"Đảng bộ Sở Y tế"},
             "unit":{"id":"ag-syt-bvdk","name":"Bệnh viện Đa khoa Trung tâm An Giang"}}""";

    private DemoEvents() {
    }

    public static void submitted(String modelId, String campaignId, long sequence) {
        submission(SUBMITTED, modelId, campaignId, sequence, 1, "BASE");
    }

    /** The unit handed a returned model back, revised, to the level that returned it. */
    public static void resubmitted(String modelId, String campaignId, long sequence, int version, String level) {
        submission(RESUBMITTED, modelId, campaignId, sequence, version, level);
    }

    private static void submission(String type, String modelId, String campaignId, long sequence, int version,
            String level) {
        send(REGISTRY, MODEL_EVENTS, type, modelId, """
                {"modelId":"%s","sequence":%d,"version":%d,"level":"%s","campaignId":"%s",
                 "title":"Mô hình \\"Dân vận khéo\\" tại bệnh viện",
                 "field":"CULTURE_SOCIETY","kind":"MODEL","ownerKind":"COLLECTIVE",
                 "submittedAt":"2026-03-01T08:00:00Z","path":%s}"""
                .formatted(modelId, sequence, version, level, campaignId, PATH));
    }

    /**
     * The registry opened a campaign of the An Giang province with a review window per level given (base first),
     * each window ending {@code closesOn}.
     */
    public static void campaignOpened(String campaignId, long sequence, String closesOn, String... levels) {
        StringBuilder windows = new StringBuilder();
        for (String level : levels) {
            windows.append(windows.isEmpty() ? "" : ",").append("""
                    {"level":"%s","opensOn":"2026-01-01","closesOn":"%s"}""".formatted(level, closesOn));
        }
        send(REGISTRY, CAMPAIGN_EVENTS, CAMPAIGN_OPENED, campaignId, """
                {"campaignId":"%s","sequence":%d,"provinceId":"ag","status":"OPEN",
                 "campaign":{"id":"%s","movement":"DVK","name":"Dân vận khéo – đợt thử %s","organisationId":"ag",
                   "startsOn":"2026-01-01","endsOn":"2030-12-31","registrationDeadline":"2030-06-30",
                   "reviewWindows":[%s]},
                 "changedBy":"province.admin","changedAt":"2026-01-02T08:00:00Z"}"""
                .formatted(campaignId, sequence, campaignId, campaignId, windows));
    }

    /** The unit took its model back. */
    public static void withdrawn(String modelId, long sequence) {
        send(REGISTRY, MODEL_EVENTS, WITHDRAWN, modelId, """
                {"modelId":"%s","sequence":%d,"version":1,"path":%s,"reason":"Đơn vị sáp nhập",
                 "withdrawnAt":"2026-03-02T08:00:00Z"}""".formatted(modelId, sequence, PATH));
    }

    /** A recognition event; {@code level} is where the model now stands (recognised at, or nominated to). */
    public static void recognition(String type, String modelId, String campaignId, long sequence, String level) {
        send(RECOGNITION, CASE_EVENTS, type, modelId, """
                {"modelId":"%s","sequence":%d,"campaignId":"%s","level":"%s","path":%s,
                 "decidedBy":"reviewer","occurredAt":"2026-04-01T08:00:00Z"%s}"""
                .formatted(modelId, sequence, campaignId, level, PATH,
                        NOMINATED.equals(type) ? ",\"fromLevel\":\"" + levelBelow(level) + "\"" : ""));
    }

    /** A return for revision (or, with {@link #DECLINED}, a refusal) of a version, with the reviewers' reason. */
    public static void verdict(String type, String modelId, String campaignId, long sequence, String level, int version,
            String reason) {
        send(RECOGNITION, CASE_EVENTS, type, modelId, """
                {"modelId":"%s","sequence":%d,"campaignId":"%s","level":"%s","version":%d,"path":%s,
                 "reason":"%s","decidedBy":"reviewer","occurredAt":"2026-04-01T08:00:00Z"}"""
                .formatted(modelId, sequence, campaignId, level, version, PATH, reason));
    }

    /**
     * A decision recognising the model at {@code level} ({@code number}) was revoked; {@code standing} is the
     * recognition still standing, or null.
     */
    public static void revoked(String modelId, String campaignId, long sequence, String level, String standing,
            String number) {
        send(RECOGNITION, CASE_EVENTS, REVOKED, modelId, """
                {"modelId":"%s","sequence":%d,"campaignId":"%s","level":"%s","recognizedLevel":%s,
                 "decision":{"decisionId":"%s","number":"%s","issuedOn":"2026-06-15"},
                 "reason":"Kê khai không trung thực","revokingNumber":"130-QĐ/ĐUK","path":%s,
                 "decidedBy":"reviewer","occurredAt":"2026-07-01T08:00:00Z"}"""
                .formatted(modelId, sequence, campaignId, level, standing == null ? "null" : "\"" + standing + "\"",
                        UUID.randomUUID(), number, PATH));
    }

    private static String levelBelow(String level) {
        return "PROVINCE".equals(level) ? "BLOC" : "BASE";
    }

    /** Sends the event after checking it against its producer's schema: consumers are tested on the contract. */
    public static void send(String producer, String topic, String type, String key, String payload) {
        EventSchemas.assertValid(producer, type, payload);
        TopicProbe.send(topic, key, payload, Map.of("ce_type", type, "ce_id", UUID.randomUUID().toString(),
                "ce_specversion", "1.0", "ce_source", "/dvk/" + producer, "content-type", "application/json"));
    }
}
