package vn.dvk.registry.history;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dvk.kit.problems.Problem;

/**
 * Where each entry of a history file read from a workbook came from, so that a refusal points a cadre at cells
 * rather than at JSON: {@code /models/3/submittedOn} becomes {@code Mô hình!C6}, a rule about a whole entry
 * ({@code /models/3/content}, {@code /decisions/0}) its row, {@code Mô hình!6:6}.
 */
public final class WorkbookLocations {

    private record Place(WorkbookLayout.Sheet sheet, int row) {
    }

    /** By the JSON pointer of an entry ({@code /models/3}, {@code /decisions/0/commendations/1}). */
    private final Map<String, Place> entries = new HashMap<>();

    void entry(String pointer, WorkbookLayout.Sheet sheet, int row) {
        entries.put(pointer, new Place(sheet, row));
    }

    /** The same refusal, each violation at its cell or row; the message is the checks' own. */
    HistoryRefusedProblem relocate(HistoryRefusedProblem refused) {
        return new HistoryRefusedProblem(refused.violations().stream()
                .map(v -> new Problem.Violation(locate(v.field()), v.message(), v.wording())).toList());
    }

    String locate(String pointer) {
        String entry = pointer;
        while (!entry.isEmpty()) {
            Place place = entries.get(entry);
            if (place != null) {
                String rest = pointer.substring(entry.length());
                return at(place, rest.isEmpty() ? "" : rest.substring(1));
            }
            entry = entry.substring(0, entry.lastIndexOf('/'));
        }
        return pointer; // a rule about a whole part, such as too many models: the pointer says it best
    }

    private static String at(Place place, String field) {
        List<WorkbookLayout.Column> columns = place.sheet().columns();
        for (int i = 0; i < columns.size(); i++) {
            String column = columns.get(i).field();
            if (field.equals(column) || field.startsWith(column + "/")) {
                return cell(place.sheet(), place.row(), i);
            }
        }
        return place.sheet().name() + "!" + (place.row() + 1) + ":" + (place.row() + 1);
    }

    /** {@code Mô hình!C5} for the 0-based row and column. */
    static String cell(WorkbookLayout.Sheet sheet, int row, int column) {
        return sheet.name() + "!" + WorkbookCells.column(column) + (row + 1);
    }
}
