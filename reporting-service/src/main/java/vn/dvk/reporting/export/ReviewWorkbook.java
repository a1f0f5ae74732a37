package vn.dvk.reporting.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.dvk.reporting.domain.Review;
import vn.dvk.reporting.export.ReviewTables.Row;
import vn.dvk.reporting.export.ReviewTables.Table;

/**
 * The review as an XLSX workbook: one sheet per table, a title and the scope above the headings, and a total row
 * that is a SUM formula over the rows (its value computed and stored too, for readers that do not recalculate).
 */
public final class ReviewWorkbook {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The row of the headings; the title and the scope are above it. */
    static final int HEADING_ROW = 3;

    private ReviewWorkbook() {
    }

    public static byte[] write(Review review) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            String scope = ReviewTables.scope(review);
            for (Table table : ReviewTables.of(review)) {
                sheet(workbook, styles, table, scope);
            }
            XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(Workbook workbook, Styles styles, Table table, String scope) {
        Sheet sheet = workbook.createSheet(table.sheet());
        text(sheet.createRow(0).createCell(0), table.title(), styles.title);
        text(sheet.createRow(1).createCell(0), scope, null);
        org.apache.poi.ss.usermodel.Row headings = sheet.createRow(HEADING_ROW);
        text(headings.createCell(0), table.labelHeading(), styles.heading);
        for (int c = 0; c < table.columns().size(); c++) {
            text(headings.createCell(c + 1), table.columns().get(c).heading(), styles.heading);
        }
        int r = HEADING_ROW + 1;
        for (Row row : table.rows()) {
            org.apache.poi.ss.usermodel.Row line = sheet.createRow(r++);
            text(line.createCell(0), row.label(), styles.cell);
            List<Number> values = row.values();
            for (int c = 0; c < values.size(); c++) {
                Cell cell = line.createCell(c + 1);
                Number value = values.get(c);
                cell.setCellStyle(value instanceof Double ? styles.share : styles.number);
                if (value != null) {
                    cell.setCellValue(value.doubleValue());
                }
            }
        }
        if (table.totalled()) {
            org.apache.poi.ss.usermodel.Row total = sheet.createRow(r);
            text(total.createCell(0), ReviewTables.TOTAL, styles.total);
            for (int c = 0; c < table.columns().size(); c++) {
                Cell cell = total.createCell(c + 1);
                cell.setCellStyle(styles.total);
                if (table.columns().get(c).summed()) {
                    String column = CellReference.convertNumToColString(c + 1);
                    // rows are 1-based in formulas: the first data row is HEADING_ROW + 2
                    cell.setCellFormula(table.rows().isEmpty() ? "0"
                            : "SUM(%s%d:%s%d)".formatted(column, HEADING_ROW + 2, column, r));
                }
            }
        }
        sheet.createFreezePane(1, HEADING_ROW + 1);
        // fixed widths: sizing to the text needs the fonts of a desktop, which a server does not have
        sheet.setColumnWidth(0, 48 * 256);
        for (int c = 1; c <= table.columns().size(); c++) {
            sheet.setColumnWidth(c, 16 * 256);
        }
    }

    private static void text(Cell cell, String value, CellStyle style) {
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** The few styles of the workbook, made once (a workbook holds at most 64,000). */
    private static final class Styles {
        final CellStyle title;
        final CellStyle heading;
        final CellStyle cell;
        final CellStyle number;
        final CellStyle share;
        final CellStyle total;

        Styles(Workbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(big);
            heading = bordered(workbook);
            heading.setFont(bold);
            heading.setWrapText(true);
            heading.setAlignment(HorizontalAlignment.CENTER);
            cell = bordered(workbook);
            number = bordered(workbook);
            number.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            share = bordered(workbook);
            share.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
            total = bordered(workbook);
            total.setFont(bold);
            total.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        }

        private static CellStyle bordered(Workbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
