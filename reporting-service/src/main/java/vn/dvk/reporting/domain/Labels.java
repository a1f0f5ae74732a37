package vn.dvk.reporting.domain;

import java.util.Map;

/**
 * What the codes of the events are called in the province's documents, for exports and pages; a code without a
 * name here (a field added later) is shown as it is.
 */
public final class Labels {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("ECONOMY", "Kinh tế"),
            Map.entry("CULTURE_SOCIETY", "Văn hóa - xã hội"),
            Map.entry("DEFENSE_SECURITY", "Quốc phòng - an ninh"),
            Map.entry("POLITICAL_SYSTEM", "Xây dựng hệ thống chính trị"),
            Map.entry("MODEL", "Mô hình"),
            Map.entry("EXEMPLAR", "Điển hình"),
            Map.entry("COLLECTIVE", "Tập thể"),
            Map.entry("INDIVIDUAL", "Cá nhân"),
            Map.entry("PROVINCE", "Cấp tỉnh"),
            Map.entry("BLOC", "Cấp khối"),
            Map.entry("BASE", "Cấp cơ sở"),
            Map.entry("UNIT", "Đơn vị"),
            Map.entry("ACHIEVEMENT", "Có thành tích"),
            Map.entry("OUTSTANDING", "Có thành tích xuất sắc"),
            Map.entry("UNKNOWN", "Chưa xác định"));

    private Labels() {
    }

    public static String of(String code) {
        return code == null ? "" : NAMES.getOrDefault(code, code);
    }

    public static String of(Enum<?> code) {
        return code == null ? "" : of(code.name());
    }
}
