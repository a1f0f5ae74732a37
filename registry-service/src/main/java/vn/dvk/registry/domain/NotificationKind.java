package vn.dvk.registry.domain;

/** What reviewers did with a unit's model, as its feed tells the unit. */
public enum NotificationKind {
    RECOGNIZED, NOMINATED, DECLINED, RETURNED, REVOKED
}
