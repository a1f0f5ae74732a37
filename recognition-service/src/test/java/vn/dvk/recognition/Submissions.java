package vn.dvk.recognition;

import java.util.Map;
import java.util.UUID;
import vn.dvk.testing.TopicProbe;

/** Publishes submissions as the registry does, for a model of the demo unit ag-syt-bvdk. */
public final class Submissions {

    private Submissions() {
    }

    public static String submitNewModel() {
        String modelId = UUID.randomUUID().toString();
        publish(modelId, 1);
        return modelId;
    }

    public static void publish(String modelId, long sequence) {
        TopicProbe.send("registry.model-events", modelId, """
                {"modelId":"%s","sequence":%d,"campaignId":"dvk-2026","title":"Mô hình \\"Dân vận khéo\\" tại bệnh viện",
                 "field":"CULTURE_SOCIETY","kind":"MODEL","ownerKind":"COLLECTIVE","submittedAt":"2026-03-01T08:00:00Z",
                 "path":{"province":{"id":"ag","name":"Tỉnh An Giang"},
                         "bloc":{"id":"ag-dukcqdn","name":"Đảng bộ Khối các Cơ quan và Doanh nghiệp tỉnh An Giang"},
                         "base":{"id":"ag-syt","name":"Đảng bộ Sở Y tế"},
                         "unit":{"id":"ag-syt-bvdk","name":"Bệnh viện Đa khoa Trung tâm An Giang"}}}"""
                .formatted(modelId, sequence),
                Map.of("ce_type", "dvk.registry.model.submitted.v1", "ce_id", UUID.randomUUID().toString(),
                        "ce_specversion", "1.0", "ce_source", "/dvk/registry-service"));
    }
}
