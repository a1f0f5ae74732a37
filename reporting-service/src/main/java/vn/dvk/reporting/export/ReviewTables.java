package vn.dvk.reporting.export;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.dvk.reporting.domain.Funnel;
import vn.dvk.reporting.domain.Labels;
import vn.dvk.reporting.domain.Reports;
import vn.dvk.reporting.domain.Review;

/**
 * A review laid out as the tables of a conference report, with Vietnamese headings: one per breakdown, each row a
 * label and its numbers. The spreadsheet and the CSV are both written from these, so they cannot disagree.
 */
public final class ReviewTables {

    /** A column: its heading, and whether a total row adds it up (a rank or an age is not added). */
    public record Column(String heading, boolean summed) {
    }

    /** One table: a sheet's name, its title, its label column's heading, its number columns and its rows. */
    public record Table(String sheet, String title, String labelHeading, List<Column> columns, List<Row> rows,
            boolean totalled) {
    }

    /** A row: its label and one number (or none: null) per column; a share is a decimal, a count a whole number. */
    public record Row(String label, List<Number> values) {
    }

    public static final String TOTAL = "Tổng cộng";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static final List<Column> FUNNEL = Stream.of("Đăng ký", "Công nhận cấp cơ sở", "Công nhận cấp khối",
            "Công nhận cấp tỉnh", "Đang xét cấp cơ sở", "Đang xét cấp khối", "Đang xét cấp tỉnh",
            "Trả lại để bổ sung", "Không công nhận", "Bị thu hồi công nhận", "Đã rút").map(h -> new Column(h, true))
            .toList();

    private ReviewTables() {
    }

    /** The review's tables, in the order of the report. */
    public static List<Table> of(Review review) {
        List<Table> tables = new ArrayList<>();
        tables.add(new Table("Tổng hợp", "Kết quả xây dựng và công nhận mô hình \"Dân vận khéo\"", "Chỉ tiêu",
                List.of(new Column("Số lượng", false)), summary(review.funnel()), false));
        tables.add(breakdown("Theo lĩnh vực", "Mô hình theo lĩnh vực", "Lĩnh vực", review.byField()));
        tables.add(breakdown("Theo loại hình", "Mô hình và điển hình", "Loại hình", review.byKind()));
        tables.add(breakdown("Theo chủ thể", "Mô hình theo chủ thể (tập thể, cá nhân)", "Chủ thể",
                review.byOwnerKind()));
        tables.add(organisations(review.organisations()));
        tables.add(backlog(review.backlog()));
        tables.add(new Table("Khen thưởng", "Khen thưởng theo hình thức, cấp và đối tượng", "Hình thức - cấp - đối tượng",
                List.of(new Column("Số lượng", true)), review.commendations().stream()
                        .map(c -> new Row(c.form() + " - " + Labels.of(c.level()) + " - " + Labels.of(c.recipientKind()),
                                List.of(c.count())))
                        .toList(), true));
        tables.add(new Table("Theo tháng", "Diễn biến theo tháng", "Tháng", List.of(new Column("Đăng ký", true),
                new Column("Công nhận (các cấp)", true), new Column("Quyết định", true)), review.timeline().stream()
                        .map(m -> new Row("%02d/%d".formatted(m.month().getMonthValue(), m.month().getYear()),
                                List.of(m.registered(), m.recognized(), m.decisions())))
                        .toList(), true));
        tables.add(new Table("Nhân rộng", "Mô hình được nhân rộng nhiều nhất", "Mô hình (đơn vị)",
                List.of(new Column("Số mô hình nhân rộng", false)), review.mostReplicated().stream()
                        .map(r -> new Row(r.title() + " (" + r.unitName() + ")", List.of(r.replicas()))).toList(),
                false));
        tables.add(indicators(review.indicators()));
        return tables;
    }

    private static Table indicators(Reports.IndicatorTotals totals) {
        List<Row> rows = new ArrayList<>(List.of(
                new Row("Văn bản chỉ đạo về công tác dân vận đã ban hành", List.of(totals.directiveDocuments())),
                new Row("Cuộc đối thoại giữa người đứng đầu với Nhân dân", List.of(totals.dialogues())),
                new Row("Khiếu nại, tố cáo, kiến nghị đã tiếp nhận", List.of(totals.complaintsReceived())),
                new Row("Khiếu nại, tố cáo, kiến nghị đã giải quyết", List.of(totals.complaintsResolved()))));
        if (totals.complaintsResolvedPercent() != null) {
            rows.add(new Row("Tỷ lệ giải quyết (%)", List.of(totals.complaintsResolvedPercent())));
        }
        rows.add(new Row("Số tổ chức đã báo cáo", List.of(totals.reportingOrganisations())));
        return new Table("Chỉ tiêu dân vận", "Kết quả thực hiện công tác dân vận của các đơn vị", "Chỉ tiêu",
                List.of(new Column("Số lượng", false)), rows, false);
    }

    /** The line under each title: which organisation, campaign and period the figures count. */
    public static String scope(Review review) {
        StringBuilder line = new StringBuilder("Tổ chức: ").append(review.organisationName());
        if (review.query().campaignId() != null) {
            line.append(" · Đợt phát động: ").append(review.query().campaignId());
        }
        if (review.query().movement() != null) {
            line.append(" · Phong trào: ").append(review.query().movement());
        }
        if (review.query().from() != null) {
            line.append(" · Từ ngày ").append(DAY.format(review.query().from()));
        }
        line.append(review.query().asOf() != null ? " · Số liệu đến hết ngày " + DAY.format(review.query().asOf())
                : " · Số liệu hiện tại");
        return line.toString();
    }

    /** The total row of a table: each summed column added up, the others left empty. */
    public static Row total(Table table) {
        List<Number> sums = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            int column = c;
            sums.add(table.columns().get(c).summed()
                    ? (Number) table.rows().stream().map(r -> r.values().get(column)).filter(v -> v != null)
                            .mapToLong(Number::longValue).sum()
                    : null);
        }
        return new Row(TOTAL, sums);
    }

    private static List<Row> summary(Funnel funnel) {
        List<Number> values = funnelValues(funnel);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < FUNNEL.size(); i++) {
            rows.add(new Row(FUNNEL.get(i).heading(), List.of(values.get(i))));
        }
        return rows;
    }

    private static Table breakdown(String sheet, String title, String labelHeading, Map<String, Funnel> funnels) {
        return new Table(sheet, title, labelHeading, FUNNEL, funnels.entrySet().stream()
                .map(e -> new Row(Labels.of(e.getKey()), funnelValues(e.getValue()))).toList(), true);
    }

    private static Table organisations(List<Reports.OrganisationFigures> organisations) {
        List<Column> columns = new ArrayList<>(FUNNEL);
        columns.add(new Column("Khen thưởng", true));
        columns.add(new Column("Xếp hạng", false));
        return new Table("Theo tổ chức", "Kết quả theo tổ chức trực thuộc", "Tổ chức", columns,
                organisations.stream().map(o -> {
                    List<Number> values = new ArrayList<>(funnelValues(o.funnel()));
                    values.add(o.commendations());
                    values.add((long) o.rank());
                    return new Row(o.name(), values);
                }).toList(), true);
    }

    private static Table backlog(List<Reports.LevelBacklog> backlog) {
        List<Column> columns = List.of(new Column("Đang chờ xét", true), new Column("Quá hạn xét", true),
                new Column("Chờ đến 7 ngày", true), new Column("Chờ 8-30 ngày", true),
                new Column("Chờ trên 30 ngày", true), new Column("Lâu nhất (ngày)", false));
        return new Table("Hồ sơ chờ xét", "Hồ sơ đang chờ xét theo cấp", "Cấp xét", columns, backlog.stream()
                .map(b -> new Row(Labels.of(b.level()), Arrays.<Number>asList(b.waiting(), b.overdue(),
                        b.waitingUpTo7Days(), b.waiting8To30Days(), b.waitingOver30Days(), b.oldestDays())))
                .toList(), true);
    }

    private static List<Number> funnelValues(Funnel f) {
        return List.of(f.submitted(), f.recognizedAtBase(), f.recognizedAtBloc(), f.recognizedAtProvince(),
                f.inReviewAtBase(), f.inReviewAtBloc(), f.inReviewAtProvince(), f.returned(), f.declined(),
                f.revoked(), f.withdrawn());
    }
}
