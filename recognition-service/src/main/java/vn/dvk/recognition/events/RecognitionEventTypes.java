package vn.dvk.recognition.events;

/** The CloudEvents types this service publishes on {@code recognition.case-events}. */
public final class RecognitionEventTypes {
    public static final String CASE_OPENED = "dvk.recognition.case.opened.v1";
    public static final String MODEL_RECOGNIZED = "dvk.recognition.model.recognized.v1";
    public static final String MODEL_NOMINATED = "dvk.recognition.model.nominated.v1";
    public static final String MODEL_RETURNED = "dvk.recognition.model.returned.v1";
    public static final String MODEL_DECLINED = "dvk.recognition.model.declined.v1";
    public static final String MODEL_REVOKED = "dvk.recognition.model.revoked.v1";
    public static final String DECISION_ISSUED = "dvk.recognition.decision.issued.v1";
    public static final String DECISION_REVOKED = "dvk.recognition.decision.revoked.v1";
    public static final String COMMENDATION_AWARDED = "dvk.recognition.commendation.awarded.v1";

    private RecognitionEventTypes() {
    }
}
