package vn.dvk.reporting.documents;

import java.util.List;

/**
 * A review-conference report ("báo cáo sơ kết, tổng kết") as printed: the Party heading, the title, the numbered
 * parts of its narrative with the figures in sentences and the tables of section I, the recipients and the
 * signature block.
 *
 * @param issuerLines the heading's left column: superior organisation, issuing committee, star
 * @param numberLine "Số      -BC/…", the number left blank for the office to fill in when it registers the report
 */
public record ConferenceReport(List<String> issuerLines, String numberLine, String placeAndDate, String title,
        String subject, List<Part> parts, List<String> recipients, List<String> signature) {

    /** A part of the narrative: its heading ("I. KẾT QUẢ THỰC HIỆN"), its paragraphs and the tables after them. */
    public record Part(String heading, List<String> paragraphs, List<Table> tables) {
    }

    /** A table with its title, header, column widths (relative) and rows; the last row may be the total. */
    public record Table(String title, List<String> header, float[] widths, List<List<String>> rows) {
    }
}
