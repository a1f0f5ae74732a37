package vn.dvk.registry.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.dvk.registry.history.WorkbookLayout.Column;
import vn.dvk.registry.history.WorkbookLayout.Kind;

/**
 * The history workbook a cadre downloads and fills (nhập lịch sử bằng bảng tính): a sheet per part of the file,
 * Vietnamese headings over the API's field names, one example row to overwrite, date columns formatted as dates
 * and the columns with fixed values offering them as a drop-down.
 */
@ApplicationScoped
public class HistoryTemplate {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final MediaType XLSX = MediaType.valueOf(MEDIA_TYPE);

    public byte[] workbook() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            for (WorkbookLayout.Sheet layout : WorkbookLayout.SHEETS) {
                write(workbook.createSheet(layout.name()), layout, styles);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing a workbook in memory", e);
        }
    }

    private static void write(Sheet sheet, WorkbookLayout.Sheet layout, Styles styles) {
        Row headings = sheet.createRow(0);
        Row fields = sheet.createRow(1);
        Row example = sheet.createRow(WorkbookLayout.FIRST_DATA_ROW);
        for (int i = 0; i < layout.columns().size(); i++) {
            Column column = layout.columns().get(i);
            headings.createCell(i).setCellValue(column.heading());
            headings.getCell(i).setCellStyle(styles.heading);
            fields.createCell(i).setCellValue(column.field());
            fields.getCell(i).setCellStyle(styles.field);
            sheet.setColumnWidth(i, 24 * 256);
            if (column.kind() == Kind.DATE) {
                // the cadre's own entries in the column are dates too, not only the example's
                sheet.setDefaultColumnStyle(i, styles.date);
            }
            if (!column.choices().isEmpty()) {
                offerChoices(sheet, i, column);
            }
            if (column.example().isEmpty()) {
                continue;
            }
            switch (column.kind()) {
                case DATE -> {
                    example.createCell(i).setCellValue(LocalDate.parse(column.example()));
                    example.getCell(i).setCellStyle(styles.date);
                }
                case WHOLE_NUMBER -> example.createCell(i).setCellValue(Integer.parseInt(column.example()));
                default -> example.createCell(i).setCellValue(column.example());
            }
        }
        sheet.createFreezePane(0, WorkbookLayout.FIRST_DATA_ROW);
    }

    private static void offerChoices(Sheet sheet, int index, Column column) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        CellRangeAddressList cells = new CellRangeAddressList(WorkbookLayout.FIRST_DATA_ROW,
                SpreadsheetVersion.EXCEL2007.getLastRowIndex(), index, index);
        sheet.addValidationData(helper.createValidation(
                helper.createExplicitListConstraint(column.choices().toArray(String[]::new)), cells));
    }

    private static final class Styles {

        final CellStyle heading;
        final CellStyle field;
        final CellStyle date;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            heading = workbook.createCellStyle();
            heading.setFont(bold);
            heading.setWrapText(true);
            Font grey = workbook.createFont();
            grey.setItalic(true);
            grey.setColor(org.apache.poi.ss.usermodel.IndexedColors.GREY_50_PERCENT.getIndex());
            field = workbook.createCellStyle();
            field.setFont(grey);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        }
    }
}
