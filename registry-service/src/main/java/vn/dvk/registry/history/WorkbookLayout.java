package vn.dvk.registry.history;

import java.util.Arrays;
import java.util.List;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.registry.domain.Field;
import vn.dvk.registry.domain.ModelKind;
import vn.dvk.registry.domain.OwnerKind;

/**
 * The sheets and columns of the history workbook a cadre fills instead of writing JSON: one place that both the
 * template and the reader follow, so that what is offered is what is read. Each column names its field as the tail
 * of the JSON pointer it fills ({@code content/title}), which is also how a violation of the file finds its cell.
 * Row 1 holds the Vietnamese headings, row 2 the field names, data starts on row 3 (the template's example row).
 */
final class WorkbookLayout {

    /** The row (0-based) of the first entry: under the headings and the field names. */
    static final int FIRST_DATA_ROW = 2;

    enum Kind { TEXT, DATE, WHOLE_NUMBER, CHOICE, LIST, MONTH }

    /** One column: the field it fills, its heading, how its cells are read, the values it allows, an example. */
    record Column(String field, String heading, Kind kind, List<String> choices, String example) {

        static Column text(String field, String heading, String example) {
            return new Column(field, heading, Kind.TEXT, List.of(), example);
        }

        static Column of(String field, String heading, Kind kind, String example) {
            return new Column(field, heading, kind, List.of(), example);
        }

        static Column choice(String field, String heading, Class<? extends Enum<?>> values, String example) {
            return new Column(field, heading, Kind.CHOICE,
                    Arrays.stream(values.getEnumConstants()).map(Enum::name).toList(), example);
        }
    }

    /** One sheet: its name, the JSON pointer of the list its rows fill, its columns in order. */
    record Sheet(String name, String pointer, List<Column> columns) {

        int indexOf(String field) {
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).field().equals(field)) {
                    return i;
                }
            }
            return -1;
        }
    }

    static final Sheet CAMPAIGNS = new Sheet("Đợt", "/campaigns", List.of(
            Column.text("importId", "Mã lần nhập (dòng đầu)", "kg-dvk-2021-2023"),
            Column.text("id", "Mã đợt thi đua", "kg-dvk-2021-2023"),
            Column.text("movement", "Phong trào", "DVK"),
            Column.text("name", "Tên đợt", "Dân vận khéo giai đoạn 2021-2023"),
            Column.text("organisationId", "Tổ chức phát động", "kg"),
            Column.of("startsOn", "Ngày bắt đầu", Kind.DATE, "2021-01-01"),
            Column.of("endsOn", "Ngày kết thúc", Kind.DATE, "2023-12-31"),
            Column.of("registrationDeadline", "Hạn đăng ký", Kind.DATE, "2023-06-30"),
            Column.of("reviewWindows/0/opensOn", "Cấp cơ sở xét từ", Kind.DATE, "2021-01-01"),
            Column.of("reviewWindows/0/closesOn", "Cấp cơ sở xét đến", Kind.DATE, "2023-11-30"),
            Column.of("reviewWindows/1/opensOn", "Cấp khối xét từ", Kind.DATE, "2021-01-01"),
            Column.of("reviewWindows/1/closesOn", "Cấp khối xét đến", Kind.DATE, "2023-12-15"),
            Column.of("reviewWindows/2/opensOn", "Cấp tỉnh xét từ", Kind.DATE, ""),
            Column.of("reviewWindows/2/closesOn", "Cấp tỉnh xét đến", Kind.DATE, "")));

    static final Sheet MODELS = new Sheet("Mô hình", "/models", List.of(
            Column.text("ref", "Mã mô hình trong tệp", "kg-m-0001"),
            Column.text("unitId", "Đơn vị", "kg-syt-bvdk"),
            Column.of("submittedOn", "Ngày gửi", Kind.DATE, "2021-06-15"),
            Column.text("content/campaignId", "Mã đợt thi đua", "kg-dvk-2021-2023"),
            Column.choice("content/kind", "Loại (mô hình / điển hình)", ModelKind.class, "MODEL"),
            Column.choice("content/field", "Lĩnh vực", Field.class, "CULTURE_SOCIETY"),
            Column.choice("content/ownerKind", "Chủ thể (tập thể / cá nhân)", OwnerKind.class, "COLLECTIVE"),
            Column.text("content/ownerName", "Tên tập thể / họ tên cá nhân", "Khoa Nhi"),
            Column.text("content/ownerPosition", "Chức vụ", ""),
            Column.text("content/title", "Tên mô hình", "Mô hình \"Dân vận khéo\" trong chăm sóc người bệnh"),
            Column.text("content/summary", "Tóm tắt", "Tiếp đón, hướng dẫn người bệnh tận tình"),
            Column.text("content/goals", "Mục tiêu", "Người bệnh hài lòng"),
            Column.text("content/implementation", "Cách thực hiện", "Trực hướng dẫn tại khoa khám bệnh"),
            Column.text("content/results", "Kết quả", "Phản ánh của người bệnh giảm một nửa"),
            Column.of("content/startedOn", "Ngày bắt đầu thực hiện", Kind.DATE, "2021-03-01"),
            Column.text("content/assignedTask", "Nhiệm vụ được giao", ""),
            Column.of("content/tags", "Từ khóa (cách nhau bởi dấu phẩy)", Kind.LIST, "y tế, khám bệnh")));

    static final Sheet DECISIONS = new Sheet("Quyết định", "/decisions", List.of(
            Column.text("number", "Số quyết định", "125-QĐ/ĐU"),
            Column.of("issuedOn", "Ngày ký", Kind.DATE, "2021-11-20"),
            Column.choice("level", "Cấp (cơ sở / khối / tỉnh)", Level.class, "BASE"),
            Column.text("issuerId", "Cấp ủy ban hành", "kg-syt"),
            Column.text("signerName", "Người ký", "Lê Văn Hùng"),
            Column.text("signerTitle", "Chức vụ người ký", "Bí thư Đảng ủy"),
            Column.of("recognises", "Mô hình được công nhận (mã, cách nhau bởi dấu phẩy)", Kind.LIST,
                    "kg-m-0001")));

    /** One row per commendation; {@code decision} names its decision by number, as in the decisions sheet. */
    static final Sheet COMMENDATIONS = new Sheet("Khen thưởng", "/decisions/*/commendations", List.of(
            Column.text("decision", "Số quyết định", "125-QĐ/ĐU"),
            Column.text("modelRef", "Mã mô hình", "kg-m-0001"),
            Column.text("form", "Hình thức", "GIAY_KHEN"),
            new Column("grade", "Mức", Kind.CHOICE, List.of("ACHIEVEMENT", "OUTSTANDING"), "ACHIEVEMENT"),
            new Column("recipientKind", "Tập thể / cá nhân", Kind.CHOICE, List.of("COLLECTIVE", "INDIVIDUAL"),
                    "COLLECTIVE"),
            Column.text("recipientName", "Người / tập thể được khen", "Khoa Nhi, Bệnh viện Đa khoa"),
            Column.text("achievement", "Thành tích", "Có thành tích trong phong trào Dân vận khéo")));

    static final Sheet INDICATORS = new Sheet("Chỉ số", "/indicators", List.of(
            Column.text("organisationId", "Tổ chức", "kg-syt"),
            Column.of("period", "Tháng (YYYY-MM)", Kind.MONTH, "2021-06"),
            Column.of("directiveDocuments", "Văn bản chỉ đạo", Kind.WHOLE_NUMBER, "1"),
            Column.of("dialogues", "Buổi đối thoại", Kind.WHOLE_NUMBER, "2"),
            Column.of("complaintsReceived", "Đơn thư nhận", Kind.WHOLE_NUMBER, "3"),
            Column.of("complaintsResolved", "Đơn thư đã giải quyết", Kind.WHOLE_NUMBER, "3")));

    static final List<Sheet> SHEETS = List.of(CAMPAIGNS, MODELS, DECISIONS, COMMENDATIONS, INDICATORS);

    private WorkbookLayout() {
    }
}
