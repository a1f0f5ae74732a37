package vn.dvk.reporting.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.dvk.reporting.domain.Review;
import vn.dvk.reporting.export.ReviewTables.Row;
import vn.dvk.reporting.export.ReviewTables.Table;

/**
 * The review as one CSV (RFC 4180, UTF-8 with a byte order mark so that spreadsheet programs read the diacritics):
 * one line per figure, "table, item, measure, value", totals included, which any tool can pivot back. Text cells
 * that would start a formula are neutralised ({@link SpreadsheetSafeCsv}): items name units' models.
 */
public final class ReviewCsv {

    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    static final List<String> HEADER = List.of("bảng", "mục", "chỉ tiêu", "giá trị");

    private ReviewCsv() {
    }

    public static String write(Review review) {
        StringWriter out = new StringWriter().append('\uFEFF');
        try (CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get()
                .print(out)) {
            for (Table table : ReviewTables.of(review)) {
                List<Row> rows = new ArrayList<>(table.rows());
                if (table.totalled()) {
                    rows.add(ReviewTables.total(table));
                }
                for (Row row : rows) {
                    for (int c = 0; c < table.columns().size(); c++) {
                        Number value = row.values().get(c);
                        if (value != null) {
                            SpreadsheetSafeCsv.printRecord(csv, table.sheet(), row.label(),
                                    table.columns().get(c).heading(), value);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
