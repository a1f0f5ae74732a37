package vn.dvk.recognition.domain;

/**
 * Where a case stands at its current level: awaiting the committee's decision, recognised there, or withdrawn by
 * the model's unit (closed: in no queue, no action accepted).
 */
public enum Stage {
    UNDER_REVIEW, RECOGNIZED, WITHDRAWN
}
