package vn.dvk.registry.history;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import vn.dvk.kit.problems.Problem;
import vn.dvk.registry.history.WorkbookLayout.Column;

/**
 * One row of a history workbook read as the values of its columns. A cell that cannot be what its column holds (a
 * date that is no date, a number with a fraction, a value not offered) is added to the violations at its cell,
 * {@code Mô hình!C5}, and read as empty, so that one pass lists every such cell.
 */
final class WorkbookCells {

    /** Days as cadres type them when the cell is text rather than a date. */
    private static final List<DateTimeFormatter> DAYS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));
    private static final DataFormatter FORMATTER = new DataFormatter(Locale.ROOT);

    private final WorkbookLayout.Sheet layout;
    private final Row row;
    private final List<Problem.Violation> violations;

    WorkbookCells(WorkbookLayout.Sheet layout, Row row, List<Problem.Violation> violations) {
        this.layout = layout;
        this.row = row;
        this.violations = violations;
    }

    /** Whether the row holds nothing: rows left empty between entries are skipped. */
    boolean blank() {
        return layout.columns().stream().allMatch(column -> raw(column.field()) == null);
    }

    String text(String field) {
        return raw(field);
    }

    LocalDate date(String field) {
        Cell cell = cell(field);
        if (cell == null || raw(field) == null) {
            return null;
        }
        if (type(cell) == CellType.NUMERIC) {
            return cell.getLocalDateTimeCellValue().toLocalDate();
        }
        String written = raw(field);
        for (DateTimeFormatter format : DAYS) {
            try {
                return LocalDate.parse(written, format);
            } catch (DateTimeParseException notThisWay) {
                // the next way of writing a day
            }
        }
        refuse(field, HistoryMessages.NOT_A_DATE.text(written));
        return null;
    }

    /** A month as the file writes it, {@code 2019-03}, from text or from a date cell. */
    String month(String field) {
        Cell cell = cell(field);
        if (cell != null && type(cell) == CellType.NUMERIC) {
            return YearMonth.from(cell.getLocalDateTimeCellValue()).toString();
        }
        return raw(field);
    }

    Integer wholeNumber(String field) {
        String written = raw(field);
        if (written == null) {
            return null;
        }
        Cell cell = cell(field);
        if (type(cell) == CellType.NUMERIC) {
            double value = cell.getNumericCellValue();
            if (value == Math.rint(value) && Math.abs(value) <= Integer.MAX_VALUE) {
                return (int) value;
            }
        } else {
            try {
                return Integer.valueOf(written);
            } catch (NumberFormatException notANumber) {
                // refused below
            }
        }
        refuse(field, HistoryMessages.NOT_A_WHOLE_NUMBER.text(written));
        return null;
    }

    /** One of the column's values; {@code null} when empty or not offered. */
    String choice(String field) {
        String written = raw(field);
        if (written == null) {
            return null;
        }
        String value = written.toUpperCase(Locale.ROOT);
        Column column = layout.columns().get(layout.indexOf(field));
        if (!column.choices().contains(value)) {
            refuse(field, HistoryMessages.NOT_A_CHOICE.text(written, String.join(", ", column.choices())));
            return null;
        }
        return value;
    }

    <E extends Enum<E>> E choice(String field, Class<E> type) {
        String value = choice(field);
        return value == null ? null : Enum.valueOf(type, value);
    }

    /** A comma-separated list; {@code null} when empty. */
    List<String> list(String field) {
        String written = raw(field);
        return written == null ? null
                : Arrays.stream(written.split(",")).map(String::trim).filter(part -> !part.isEmpty()).toList();
    }

    int rowIndex() {
        return row.getRowNum();
    }

    /** The cell of the field, as {@code Mô hình!C5}. */
    String at(String field) {
        return WorkbookLocations.cell(layout, row.getRowNum(), layout.indexOf(field));
    }

    private void refuse(String field, vn.dvk.kit.problems.BilingualText message) {
        violations.add(new Problem.Violation(at(field), message));
    }

    /** The cell's text as shown, trimmed; {@code null} when empty. */
    private String raw(String field) {
        Cell cell = cell(field);
        if (cell == null) {
            return null;
        }
        String shown = switch (type(cell)) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> FORMATTER.formatRawCellContents(cell.getNumericCellValue(), -1, "General");
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> "";
        };
        String trimmed = shown.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    private Cell cell(String field) {
        int index = layout.indexOf(field);
        if (index < 0) {
            throw new IllegalArgumentException("no column " + field + " in " + layout.name());
        }
        return row.getCell(index);
    }

    /** The type of what the cell shows: a formula's cached result. */
    private static CellType type(Cell cell) {
        return cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    }

    static String column(int index) {
        return CellReference.convertNumToColString(index);
    }
}
