package vn.dvk.recognition.documents;

/** The words of a council's minutes, kept in one place for the message catalogue. */
final class MinutesTexts {

    static final String TITLE = "BIÊN BẢN";
    static final String MEETING = "Họp %s";
    static final String ABOUT = "xét công nhận mô hình, điển hình “Dân vận khéo” %s";
    static final String TIME_SAME_DAY = "Thời gian: từ %02d giờ %02d đến %02d giờ %02d, %s";
    static final String TIME_SPAN = "Thời gian: từ %s đến %s";
    static final String TIME_NONE = "Thời gian: chưa có phiếu chấm điểm hay biểu quyết nào";
    static final String PLACE = "Địa điểm: trụ sở %s";
    static final String CHAIR = "Chủ trì: %s";
    static final String NO_CHAIR = "Chủ trì: chưa chỉ định";
    static final String SECRETARY = "Thư ký: %s";
    /** The secretary's name, to be written in by hand where no member's title says who took the minutes. */
    static final String BLANK = "……………………";
    /** What a member's title says when they take the minutes. */
    static final String SECRETARY_TITLE = "thư ký";
    static final String CAMPAIGN = "Đợt xét: %s";
    static final String LEVEL = "Cấp xét: %s";
    static final String MODEL = "Mô hình: %s";
    static final String EXEMPLAR = "Điển hình: %s";
    static final String UNIT = "Đơn vị: %s – %s";
    static final String COMPOSITION = "Thành phần: %d thành viên, trong đó %d thành viên không tham gia xét (cùng đơn "
            + "vị có mô hình); túc số: %d";
    static final String MEMBERS = "Thành viên:";
    static final String MEMBER = "- %s";
    static final String MEMBER_TITLE = ", %s";
    static final String MEMBER_CHAIR = " (chủ trì)";
    static final String RECUSED = ": không tham gia xét (cùng đơn vị có mô hình)";
    static final String NO_VOTE = "chưa biểu quyết";
    static final String FOR = "tán thành";
    static final String AGAINST = "không tán thành";
    static final String ABSTAIN = "không biểu quyết";
    static final String SCORED = ", chấm %s điểm";
    static final String AT = " (%s)";
    static final String TALLY = "Kết quả biểu quyết: %d tán thành, %d không tán thành, %d không biểu quyết, trên %d "
            + "thành viên được xét";
    static final String AVERAGE = "Điểm bình quân: %s";
    static final String NOT_SCORED_YET = "chưa chấm";
    static final String THRESHOLD = " (ngưỡng đạt %s)";
    static final String MET = "Kết luận: đủ điều kiện đề nghị công nhận";
    static final String UNMET = "Kết luận: chưa đủ điều kiện công nhận (%s)";
    static final String NO_COUNCIL = "cấp xét cần hội đồng biểu quyết nhưng chưa thành lập hội đồng";
    static final String NO_QUORUM = "hội đồng chưa đủ túc số: %d trên %d thành viên đã biểu quyết";
    static final String NOT_IN_FAVOUR = "số phiếu tán thành chưa đạt %d%%: %d trên %d thành viên được xét";
    static final String NOT_SCORED = "mô hình chưa được chấm điểm theo tiêu chí của cấp xét";
    static final String BELOW_THRESHOLD = "điểm bình quân %s thấp hơn ngưỡng đạt %s";
    static final String SECRETARY_SIGNS = "THƯ KÝ";
    static final String CHAIR_SIGNS = "CHỦ TRÌ";

    private MinutesTexts() {
    }
}
