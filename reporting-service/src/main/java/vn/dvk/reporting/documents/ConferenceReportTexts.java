package vn.dvk.reporting.documents;

/** The words of a review-conference report around its figures, kept in one place for the catalogue. */
final class ConferenceReportTexts {

    static final String PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM";
    static final String STAR = "*";
    static final String NUMBER = "Số        -BC/";
    static final String TITLE = "BÁO CÁO";
    static final String INTERIM = "Sơ kết";
    static final String FINAL = "Tổng kết";
    static final String YEAR = " năm %d";
    static final String FIRST_HALF = " 6 tháng đầu năm %d";
    static final String SECOND_HALF = " 6 tháng cuối năm %d";
    static final String QUARTER = " quý %s năm %d";
    static final String MOVEMENT = " thực hiện phong trào thi đua “Dân vận khéo”";
    static final String CAMPAIGN = " – %s";

    static final String RESULTS = "I. KẾT QUẢ THỰC HIỆN";
    static final String REGISTERED = "1. Kết quả xây dựng mô hình, điển hình: %s, các đơn vị thuộc %s đã đăng ký "
            + "xây dựng %s mô hình, điển hình “Dân vận khéo”, trong đó: %s.";
    static final String IN_FIELD = "lĩnh vực %s %s";
    static final String NO_FIELD = "chưa có mô hình, điển hình nào";
    static final String RECOGNISED = "2. Kết quả công nhận: đã công nhận %s mô hình, điển hình cấp cơ sở, %s mô "
            + "hình, điển hình cấp khối và %s mô hình, điển hình cấp tỉnh; %s mô hình, điển hình đang được xem xét.";
    static final String COMMENDED = "3. Công tác khen thưởng: đã khen thưởng %s tập thể, cá nhân, trong đó %s.";
    static final String COMMENDED_NONE = "3. Công tác khen thưởng: trong kỳ chưa khen thưởng tập thể, cá nhân nào.";
    static final String FORM_COUNT = "%s %s";
    static final String GRADE_COUNT = "%s %s";
    static final String REPLICATED = "4. Công tác nhân rộng: %s mô hình, điển hình được các đơn vị khác học tập, "
            + "nhân rộng với %s lượt nhân rộng.";
    static final String REPLICATED_NONE = "4. Công tác nhân rộng: trong kỳ chưa ghi nhận mô hình, điển hình nào được "
            + "nhân rộng.";
    static final String INDICATORS = "5. Các đơn vị đã ban hành %s văn bản chỉ đạo, tổ chức %s buổi đối thoại; tiếp "
            + "nhận %s ý kiến, kiến nghị, đã giải quyết %s.";
    static final String IN_THE_PERIOD = "Trong kỳ báo cáo (từ %s đến %s)";
    static final String UP_TO = "Tính đến %s";

    static final String SHORTCOMINGS = "II. HẠN CHẾ, NGUYÊN NHÂN";
    static final String SHORTCOMING_FIGURES = "1. Hạn chế: %s hồ sơ mô hình, điển hình phải trả lại để bổ sung, "
            + "%s hồ sơ không được công nhận; %s hồ sơ đang chờ xem xét quá thời hạn.";
    static final String SHORTCOMING_SKELETON = "(Nêu những hạn chế khác trong triển khai phong trào: việc đăng ký, "
            + "xây dựng, đánh giá, nhân rộng mô hình, điển hình.)";
    static final String CAUSES = "2. Nguyên nhân: (Nêu nguyên nhân khách quan, chủ quan của những hạn chế.)";

    static final String DIRECTIONS = "III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI";
    static final String DIRECTION_1 = "1. Tiếp tục quán triệt, tuyên truyền sâu rộng phong trào thi đua “Dân vận "
            + "khéo”, gắn với thực hiện nhiệm vụ chính trị của từng cơ quan, đơn vị.";
    static final String DIRECTION_2 = "2. Đẩy mạnh đăng ký, xây dựng mô hình, điển hình; kịp thời đánh giá, công "
            + "nhận, khen thưởng và nhân rộng các mô hình hay, cách làm hiệu quả.";
    static final String DIRECTION_3 = "3. (Nêu các nhiệm vụ, giải pháp cụ thể của đơn vị trong thời gian tới.)";

    static final String TABLE_FIELDS = "Bảng 1. Mô hình, điển hình theo lĩnh vực và cấp công nhận";
    static final String TABLE_LEVELS = "Bảng 2. Kết quả công nhận theo cấp";
    static final String TABLE_COMMENDATIONS = "Bảng 3. Khen thưởng theo hình thức và mức khen";
    static final String TABLE_REPLICATED = "Bảng 4. Mô hình, điển hình được nhân rộng nhiều nhất";
    static final String NO = "STT";
    static final String FIELD = "Lĩnh vực";
    static final String REGISTERED_COLUMN = "Đăng ký";
    static final String LEVEL = "Cấp";
    static final String RECOGNISED_COLUMN = "Được công nhận";
    static final String IN_REVIEW_COLUMN = "Đang xem xét";
    static final String FORM = "Hình thức";
    static final String RECIPIENT = "Đối tượng";
    static final String GRADE = "Mức khen";
    static final String COUNT = "Số lượng";
    static final String MODEL = "Mô hình, điển hình";
    static final String UNIT = "Đơn vị";
    static final String REPLICAS = "Lượt nhân rộng";
    static final String TOTAL = "Tổng cộng";
    static final String NO_GRADE = "—";

    static final String RECIPIENTS = "Nơi nhận:";
    static final String TO_SUPERIOR = "- %s (báo cáo),";
    static final String TO_MEMBERS = "- Các tổ chức, đơn vị trực thuộc,";
    static final String ARCHIVE = "- Lưu Văn phòng.";
    static final String SIGNATURE_NOTE = "(Ký, ghi rõ họ tên)";

    private ConferenceReportTexts() {
    }
}
