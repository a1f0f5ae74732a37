package vn.dvk.recognition.domain;

/**
 * Where a case stands at its current level: awaiting the committee's decision, recognised there, returned to the
 * unit for revision (until it is resubmitted), declined (closed), or withdrawn by the model's unit (closed).
 * Only cases under review or recognised (and not yet nominated) wait in a committee's queue.
 */
public enum Stage {
    UNDER_REVIEW, RECOGNIZED, RETURNED, DECLINED, WITHDRAWN
}
