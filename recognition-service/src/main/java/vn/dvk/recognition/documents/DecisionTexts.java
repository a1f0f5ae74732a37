package vn.dvk.recognition.documents;

/** The words of a printed decision and its annexed lists, kept in one place for the message catalogue. */
final class DecisionTexts {

    static final String TITLE = "QUYẾT ĐỊNH";
    static final String ABOUT_RECOGNITION = "công nhận mô hình, điển hình “Dân vận khéo” %s";
    static final String ABOUT_COMMENDATION = "khen thưởng tập thể, cá nhân có thành tích trong phong trào thi đua "
            + "“Dân vận khéo”";
    static final String ABOUT_BOTH = "công nhận mô hình, điển hình “Dân vận khéo” %s và khen thưởng";
    static final String SEPARATOR = "-----";
    static final String DECIDES = "QUYẾT ĐỊNH";
    static final String ARTICLE = "Điều %d. ";
    static final String RECOGNISES = "Công nhận %d mô hình, điển hình “Dân vận khéo” %s (có danh sách kèm theo).";
    static final String COMMENDS = "Tặng %s của %s cho %s có thành tích trong phong trào thi đua “Dân vận khéo” "
            + "(có danh sách kèm theo).";
    static final String COLLECTIVES = "%d tập thể";
    static final String INDIVIDUALS = "%d cá nhân";
    static final String AND = " và ";
    static final String IN_FORCE = "Quyết định có hiệu lực kể từ ngày ký. Các đơn vị có mô hình, điển hình được công "
            + "nhận, các tập thể, cá nhân được khen thưởng và các cơ quan, đơn vị có liên quan căn cứ Quyết định thi hành.";
    static final String REVOKED = "(Quyết định đã được thu hồi theo Quyết định số %s)";
    static final String RECIPIENT_AS_ARTICLE = "- Như Điều %d,";
    static final String RECIPIENT_SUPERIOR = "- %s (báo cáo),";
    static final String RECIPIENT_ARCHIVE = "- Lưu Văn phòng.";

    static final String LIST = "DANH SÁCH";
    static final String MODELS_RECOGNISED = "các mô hình, điển hình được công nhận";
    static final String COMMENDED = "các tập thể, cá nhân được khen thưởng";
    static final String ANNEXED_TO = "(Kèm theo Quyết định số %s, %s";
    static final String ANNEXED_BY = "của %s)";
    static final String NUMBER_COLUMN = "STT";
    static final String MODEL_COLUMN = "Tên mô hình, điển hình";
    static final String KIND_COLUMN = "Loại";
    static final String UNIT_COLUMN = "Đơn vị";
    static final String RECIPIENT_COLUMN = "Tập thể, cá nhân";
    static final String FORM_COLUMN = "Hình thức";
    static final String ACHIEVEMENT_COLUMN = "Thành tích";
    static final String MODEL = "Mô hình";
    static final String PERSON_OF_UNIT = "%s, %s";
    static final String EXEMPLAR = "Điển hình";
    static final String COLLECTIVE = "Tập thể";
    static final String INDIVIDUAL = "Cá nhân";
    static final String LIST_TOTAL = "Danh sách có %d mô hình, điển hình.";
    static final String COMMENDED_TOTAL = "Danh sách có %d tập thể, cá nhân.";

    private DecisionTexts() {
    }
}
