package vn.dvk.recognition.domain;

/** Where a case stands at its current level: awaiting the committee's decision, or recognised there. */
public enum Stage {
    UNDER_REVIEW, RECOGNIZED
}
