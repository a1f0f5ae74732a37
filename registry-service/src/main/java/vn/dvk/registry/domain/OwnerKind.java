package vn.dvk.registry.domain;

/** Whether a collective ("tập thể") or an individual ("cá nhân") registers the model. */
public enum OwnerKind {
    COLLECTIVE, INDIVIDUAL
}
