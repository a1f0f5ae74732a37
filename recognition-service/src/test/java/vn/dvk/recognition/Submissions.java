package vn.dvk.recognition;

import java.util.UUID;
import vn.dvk.testing.DemoEvents;

/** Submissions as the registry publishes them, of new models of the demo unit. */
public final class Submissions {

    private Submissions() {
    }

    public static String submitNewModel() {
        String modelId = UUID.randomUUID().toString();
        publish(modelId, 1);
        return modelId;
    }

    public static void publish(String modelId, long sequence) {
        DemoEvents.submitted(modelId, "dvk-2026", sequence);
    }
}
