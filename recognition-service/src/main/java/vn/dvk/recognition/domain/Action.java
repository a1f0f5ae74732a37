package vn.dvk.recognition.domain;

import java.util.EnumSet;
import java.util.Set;

/** What a reviewing committee does with a case at its level. */
public enum Action {
    /** "công nhận": recognise the model at this level. */
    RECOGNIZE,
    /** "đề nghị cấp trên": nominate a model recognised here to the next level. */
    NOMINATE,
    /** "trả lại để bổ sung": send the model back to its unit for revision; it returns here when resubmitted. */
    RETURN,
    /** "không công nhận": decline to recognise it; its recognition ends. */
    DECLINE;

    /** The actions the unit must be told the reason for. */
    public static final Set<Action> NEED_A_REASON = EnumSet.of(RETURN, DECLINE);
}
