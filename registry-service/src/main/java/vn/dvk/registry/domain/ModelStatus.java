package vn.dvk.registry.domain;

/**
 * A model's status as the registry shows it: drafted and submitted here, the rest reported by the
 * recognition service's events.
 */
public enum ModelStatus {
    DRAFT, SUBMITTED, RECOGNIZED, NOMINATED
}
