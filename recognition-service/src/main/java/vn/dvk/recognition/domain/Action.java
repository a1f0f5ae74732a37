package vn.dvk.recognition.domain;

/** What a reviewing committee does with a case at its level. */
public enum Action {
    /** "công nhận": recognise the model at this level. */
    RECOGNIZE,
    /** "đề nghị cấp trên": nominate a model recognised here to the next level. */
    NOMINATE
}
