package vn.dvk.registry.events;

/**
 * CloudEvents types this service publishes: on {@code registry.model-events} (key: the model id), and the monthly
 * figures on {@code registry.organisation-events} (key: the organisation id), beside the changes of the tree that
 * {@link OrganisationEvents.Change} names.
 */
public final class RegistryEventTypes {
    public static final String MODEL_DRAFTED = "dvk.registry.model.drafted.v1";
    public static final String MODEL_UPDATED = "dvk.registry.model.updated.v1";
    public static final String MODEL_SUBMITTED = "dvk.registry.model.submitted.v1";
    public static final String MODEL_RESUBMITTED = "dvk.registry.model.resubmitted.v1";
    public static final String MODEL_WITHDRAWN = "dvk.registry.model.withdrawn.v1";
    public static final String MODEL_REPLICATION_REGISTERED = "dvk.registry.model.replication-registered.v1";
    public static final String MODEL_REPLICATION_RESULT_RECORDED = "dvk.registry.model.replication-result-recorded.v1";
    /** What became of a model a history import recorded: the decisions that recognised or commended it. */
    public static final String MODEL_HISTORY_RECORDED = "dvk.registry.model.history-recorded.v1";
    public static final String ORGANISATION_INDICATORS_REPORTED = "dvk.registry.organisation.indicators-reported.v1";

    private RegistryEventTypes() {
    }
}
