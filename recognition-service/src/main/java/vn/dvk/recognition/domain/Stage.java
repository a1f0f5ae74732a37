package vn.dvk.recognition.domain;

/**
 * Where a case stands at a level: awaiting the committee's decision, recognised there, nominated onwards (the case
 * has moved up), returned to the unit for revision (until it is resubmitted), declined (closed), withdrawn by the
 * model's unit (closed), or revoked (the decision recognising it there was revoked; closed).
 * Only cases under review or recognised (and not yet nominated) wait in a committee's queue. PENDING is a level of
 * the case's chain it has not reached yet: shown, never stored.
 */
public enum Stage {
    PENDING, UNDER_REVIEW, RECOGNIZED, NOMINATED, RETURNED, DECLINED, WITHDRAWN, REVOKED
}
