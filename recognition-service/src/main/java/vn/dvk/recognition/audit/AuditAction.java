package vn.dvk.recognition.audit;

/** What an audit entry records. */
public enum AuditAction {
    CASE_ACTION, SCORE, COUNCIL_CREATED, COUNCIL_CHANGED, VOTE, LEVEL_RULES_SET, DECISION_ISSUED, DECISION_REVOKED
}
