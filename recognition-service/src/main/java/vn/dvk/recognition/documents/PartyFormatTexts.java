package vn.dvk.recognition.documents;

/** The fixed words of a Party document's format (Hướng dẫn 36-HD/VPTW), kept in one place for the catalogue. */
public final class PartyFormatTexts {

    /** The heading every Party document carries, top right. */
    public static final String PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM";
    /** The star under the issuing body's name. */
    public static final String STAR = "*";
    public static final String NUMBER = "Số ";
    public static final String ON_BEHALF_OF = "T/M ";
    public static final String STANDING_COMMITTEE = "Ban Thường vụ";
    public static final String COMMITTEE = "Đảng ủy";
    public static final String PARTY_ORGANISATION = "Đảng bộ";
    public static final String PROVINCE = "Tỉnh";
    public static final String CITY = "Thành phố";
    public static final String RECIPIENTS = "Nơi nhận:";

    private PartyFormatTexts() {
    }
}
