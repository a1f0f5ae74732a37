package vn.dvk.registry.events;

/** The CloudEvents types this service publishes on {@code registry.model-events}. */
public final class RegistryEventTypes {
    public static final String MODEL_SUBMITTED = "dvk.registry.model.submitted.v1";

    private RegistryEventTypes() {
    }
}
