package vn.dvk.recognition.domain;

/**
 * How a commendation rates the achievement, as its wording does: a giấy khen is given to those who "đã có thành
 * tích" or "đã có thành tích xuất sắc" in the movement, and the seeds count the two separately. Which forms are
 * graded, and with which grades, is configured per form ({@link CommendationForms.Form#grades()}).
 */
public enum CommendationGrade {
    /** "Có thành tích": for achievements. */
    ACHIEVEMENT("Có thành tích"),
    /** "Có thành tích xuất sắc": for outstanding achievements. */
    OUTSTANDING("Có thành tích xuất sắc");

    private final String label;

    CommendationGrade(String label) {
        this.label = label;
    }

    /** The grade as a certificate or a report words it, in Vietnamese. */
    public String label() {
        return label;
    }
}
