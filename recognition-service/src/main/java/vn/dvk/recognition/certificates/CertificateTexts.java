package vn.dvk.recognition.certificates;

/** The words a certificate prints around what it certifies, kept in one place for the message catalogue. */
final class CertificateTexts {

    static final String RECOGNITION_TITLE = "Giấy chứng nhận";
    static final String RECOGNISES_MODEL = "Công nhận mô hình “%s”";
    static final String RECOGNISES_EXEMPLAR = "Công nhận điển hình “%s”";
    static final String OF_UNIT = "của %s";
    static final String OF_PERSON = "của đồng chí %s";
    static final String AT_LEVEL = "đạt mô hình, điển hình “Dân vận khéo” %s";
    static final String IN_CAMPAIGN = " – %s";
    static final String AWARDED_TO_INDIVIDUAL = "Tặng: %s";
    static final String AWARDED_TO_COLLECTIVE = "Tặng tập thể: %s";
    static final String UNIT_OF_INDIVIDUAL = "%s";
    static final String ACHIEVEMENT = "Đã có thành tích: %s";
    static final String BY_DECISION = "Theo Quyết định số %s, %s";
    static final String SCAN_TO_VERIFY = "Quét mã để xác thực giấy chứng nhận";
    static final String CODE = "Mã: %s";
    static final String SIGNING_KEY = "Khoá ký: %s (Ed25519)";
    static final String DECISION_SUBJECT = "Quyết định số %s";

    private CertificateTexts() {
    }
}
