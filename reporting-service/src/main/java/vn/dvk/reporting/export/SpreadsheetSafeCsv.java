package vn.dvk.reporting.export;

import java.io.IOException;
import java.util.Arrays;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes CSV records that a spreadsheet program opens as data, never as formulas (CSV injection, OWASP): a text cell
 * starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading single quote,
 * which spreadsheets show as text and do not evaluate. Titles and names come from units and reach reviewers' exports;
 * a title such as {@code =HYPERLINK("https://…"&B2,"…")} would otherwise run in the reviewer's spreadsheet.
 *
 * <p>Numbers are written as they are: only text is neutralised, so a negative figure (a month's recognitions net of
 * revocations) stays the number {@code -1}, and a text that merely looks like a number (a title "-5 hộ nghèo") is
 * quoted, which is what a reader of text wants.
 */
public final class SpreadsheetSafeCsv {

    /** The characters a spreadsheet takes as the start of a formula (OWASP's list). */
    private static final String FORMULA_LEADS = "=+-@\t\r";

    private SpreadsheetSafeCsv() {
    }

    /** The record's cells, text neutralised and numbers left alone, printed as one line. */
    public static void printRecord(CSVPrinter csv, Object... cells) throws IOException {
        csv.printRecord(Arrays.stream(cells).map(SpreadsheetSafeCsv::cell).toArray());
    }

    /** A cell as written: text starting like a formula with a leading single quote; anything else unchanged. */
    static Object cell(Object value) {
        if (value instanceof CharSequence text && !text.isEmpty() && FORMULA_LEADS.indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return value;
    }
}
