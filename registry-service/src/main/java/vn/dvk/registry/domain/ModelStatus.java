package vn.dvk.registry.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * A model's status as the registry shows it. The unit drafts, submits, resubmits after a return, and may
 * withdraw; the rest is reported by the recognition service's events.
 * <pre>
 * DRAFT → SUBMITTED → (RETURNED → SUBMITTED)* → RECOGNIZED / NOMINATED / DECLINED
 *   RECOGNIZED / NOMINATED → REVOKED (the decision recognising it was revoked)
 *   any state but the final ones → WITHDRAWN
 * </pre>
 */
public enum ModelStatus {
    DRAFT, SUBMITTED, RETURNED, RECOGNIZED, NOMINATED, DECLINED, WITHDRAWN, REVOKED;

    /** Where the unit may still edit the record: before the first submission and after a return. */
    public static final Set<ModelStatus> EDITABLE = EnumSet.of(DRAFT, RETURNED);
    /** Where the unit may still withdraw it: anywhere before recognition has ended, one way or the other. */
    public static final Set<ModelStatus> WITHDRAWABLE = EnumSet.of(DRAFT, SUBMITTED, RETURNED, NOMINATED);
}
