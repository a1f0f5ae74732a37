package vn.dvk.registry;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.dvk.registry.history.HistoryTemplate;

/**
 * History workbooks filled as a cadre fills the template: cells found by the field names of the template's second
 * row, so that a test writes {@code set(models, 3, "submittedOn", day)} rather than column letters.
 */
public final class HistoryWorkbooks {

    public static final String XLSX = HistoryTemplate.MEDIA_TYPE;

    /** Each workbook reports a month of its own, before those of {@link Histories}. */
    private static final AtomicInteger MONTHS = new AtomicInteger();

    private HistoryWorkbooks() {
    }

    public static XSSFWorkbook open(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(XSSFWorkbook workbook) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The template filled with a valid cycle of the demo province: a past campaign, three models (two of the
     * hospital, one of the school), one base decision recognising m1 and m3 and commending m1, one month's figures.
     * Dates are date cells, except m2's submission day, typed as text the Vietnamese way.
     */
    public static XSSFWorkbook filled(byte[] template, String importId, String campaignId) {
        XSSFWorkbook workbook = open(template);
        Sheet campaigns = workbook.getSheet("Đợt");
        set(campaigns, 3, "importId", importId);
        set(campaigns, 3, "id", campaignId);
        set(campaigns, 3, "movement", "DVK");
        set(campaigns, 3, "name", "Đợt " + campaignId);
        set(campaigns, 3, "organisationId", "ag");
        set(campaigns, 3, "startsOn", LocalDate.of(2019, 1, 1));
        set(campaigns, 3, "endsOn", LocalDate.of(2019, 12, 31));
        set(campaigns, 3, "registrationDeadline", LocalDate.of(2019, 6, 30));
        set(campaigns, 3, "reviewWindows/0/opensOn", LocalDate.of(2019, 1, 1));
        set(campaigns, 3, "reviewWindows/0/closesOn", LocalDate.of(2019, 11, 30));
        set(campaigns, 3, "reviewWindows/1/opensOn", LocalDate.of(2019, 1, 1));
        set(campaigns, 3, "reviewWindows/1/closesOn", LocalDate.of(2019, 12, 15));
        Sheet models = workbook.getSheet("Mô hình");
        model(models, 3, "m1", "ag-syt-bvdk", campaignId, LocalDate.of(2019, 3, 1));
        model(models, 4, "m2", "ag-sgddt-thpt-lx", campaignId, LocalDate.of(2019, 4, 1));
        set(models, 4, "submittedOn", "1/4/2019");
        model(models, 5, "m3", "ag-syt-bvdk", campaignId, LocalDate.of(2019, 5, 2));
        Sheet decisions = workbook.getSheet("Quyết định");
        set(decisions, 3, "number", "8-QĐ/ĐU");
        set(decisions, 3, "issuedOn", LocalDate.of(2019, 9, 10));
        set(decisions, 3, "level", "BASE");
        set(decisions, 3, "issuerId", "ag-syt");
        set(decisions, 3, "signerName", "Lê Văn Hùng");
        set(decisions, 3, "signerTitle", "Bí thư Đảng ủy");
        set(decisions, 3, "recognises", "m1, m3");
        Sheet commendations = workbook.getSheet("Khen thưởng");
        set(commendations, 3, "decision", "8-QĐ/ĐU");
        set(commendations, 3, "modelRef", "m1");
        set(commendations, 3, "form", "GIAY_KHEN");
        set(commendations, 3, "grade", "ACHIEVEMENT");
        set(commendations, 3, "recipientKind", "COLLECTIVE");
        set(commendations, 3, "recipientName", "Bệnh viện Đa khoa Trung tâm An Giang");
        set(commendations, 3, "achievement", "Có thành tích trong phong trào thi đua");
        Sheet indicators = workbook.getSheet("Chỉ số");
        set(indicators, 3, "organisationId", "ag-syt");
        set(indicators, 3, "period", YearMonth.of(2009, 12).minusMonths(MONTHS.getAndIncrement()).toString());
        return workbook;
    }

    private static void model(Sheet models, int row, String ref, String unit, String campaignId, LocalDate day) {
        set(models, row, "ref", ref);
        set(models, row, "unitId", unit);
        set(models, row, "submittedOn", day);
        set(models, row, "content/campaignId", campaignId);
        set(models, row, "content/kind", "MODEL");
        set(models, row, "content/field", "ECONOMY");
        set(models, row, "content/ownerKind", "COLLECTIVE");
        set(models, row, "content/ownerName", "Tập thể " + ref);
        set(models, row, "content/title", "Mô hình " + ref);
        set(models, row, "content/summary", "Tóm tắt");
        set(models, row, "content/goals", "Mục tiêu");
        set(models, row, "content/implementation", "Cách làm");
        set(models, row, "content/results", "Kết quả");
        set(models, row, "content/startedOn", day);
        set(models, row, "content/tags", "y tế, " + ref);
    }

    /** Writes the value in the 1-based row, in the column whose field name (row 2) is {@code field}. */
    public static void set(Sheet sheet, int row, String field, Object value) {
        Row fields = sheet.getRow(1);
        for (Cell name : fields) {
            if (name.getStringCellValue().equals(field)) {
                Row target = sheet.getRow(row - 1) != null ? sheet.getRow(row - 1) : sheet.createRow(row - 1);
                Cell cell = target.getCell(name.getColumnIndex(), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
                if (value instanceof LocalDate day) {
                    cell.setCellValue(day);
                    cell.setCellStyle(sheet.getColumnStyle(name.getColumnIndex()));
                } else if (value instanceof Integer number) {
                    cell.setCellValue(number);
                } else {
                    cell.setCellValue(value.toString());
                }
                return;
            }
        }
        throw new IllegalArgumentException("no column " + field + " on " + sheet.getSheetName());
    }
}
