package vn.dvk.reporting.documents;

import static vn.dvk.reporting.documents.ConferenceReportTexts.*;
import static vn.dvk.reporting.documents.VietnameseText.count;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.reporting.documents.ConferenceReport.Part;
import vn.dvk.reporting.documents.ConferenceReport.Table;
import vn.dvk.reporting.domain.Funnel;
import vn.dvk.reporting.domain.Labels;
import vn.dvk.reporting.domain.Reports;
import vn.dvk.reporting.domain.Review;

/**
 * Puts a review's figures into the words of a review-conference report: "Sơ kết" of a named period (a year, a
 * half-year, a quarter), "Tổng kết" of the whole cycle up to its last day when no period is named; section I with
 * the figures in sentences and four tables (models by field and level, recognition by level, commendations by form
 * and grade, the most replicated models when there are any); section II with what went wrong, counted, and room
 * for the causes; section III with the directions to edit; the recipients and the signature block.
 */
public final class ConferenceReports {

    private static final List<String> FIELDS = List.of("ECONOMY", "CULTURE_SOCIETY", "DEFENSE_SECURITY",
            "POLITICAL_SYSTEM");
    private static final Map<String, String> FORMS = Map.of("GIAY_KHEN", "Giấy khen", "BANG_KHEN", "Bằng khen");

    private ConferenceReports() {
    }

    /**
     * @param campaignName the campaign's name when the report is of one campaign; null otherwise
     * @param first the first day counted, null when counted from the beginning
     * @param last the last day counted
     * @param today the report's date
     */
    public static ConferenceReport of(Review review, ReportIssuer issuer, String campaignName, LocalDate first,
            LocalDate last, LocalDate today) {
        List<String> issuerLines = new ArrayList<>();
        if (issuer.superior() != null) {
            issuerLines.add(VietnameseText.upper(issuer.superior()));
        }
        issuerLines.add(VietnameseText.upper(issuer.committee()));
        issuerLines.add(STAR);
        String subject = stage(review.query().period()) + MOVEMENT
                + (campaignName != null ? CAMPAIGN.formatted(campaignName) : "");
        String when = first != null ? IN_THE_PERIOD.formatted(VietnameseText.date(first), VietnameseText.date(last))
                : UP_TO.formatted(VietnameseText.date(last));

        List<String> recipients = new ArrayList<>(List.of(RECIPIENTS));
        if (issuer.superior() != null) {
            recipients.add(TO_SUPERIOR.formatted(issuer.superior()));
        }
        recipients.add(TO_MEMBERS);
        recipients.add(ARCHIVE);
        List<String> signature = Stream.of(issuer.onBehalfOf(), VietnameseText.upper(issuer.signerTitle()),
                SIGNATURE_NOTE).filter(line -> line != null && !line.isBlank()).toList();

        return new ConferenceReport(issuerLines, NUMBER + (issuer.code() != null ? issuer.code() : ""),
                VietnameseText.placeAndDate(issuer.place(), today), TITLE, subject,
                List.of(results(review, when), shortcomings(review), directions()), recipients, signature);
    }

    /** "Sơ kết 6 tháng đầu năm 2026", "Sơ kết quý II năm 2026", "Sơ kết năm 2026"; "Tổng kết" without a period. */
    static String stage(String period) {
        if (period == null) {
            return FINAL;
        }
        int year = Integer.parseInt(period.substring(0, 4));
        if (period.length() == 4) {
            return INTERIM + YEAR.formatted(year);
        }
        int number = period.charAt(6) - '0';
        return INTERIM + (period.charAt(5) == 'Q' ? QUARTER.formatted(VietnameseText.roman(number), year)
                : (number == 1 ? FIRST_HALF : SECOND_HALF).formatted(year));
    }

    private static Part results(Review review, String when) {
        Funnel funnel = review.funnel();
        List<String> paragraphs = new ArrayList<>();
        List<String> byField = fields(review).entrySet().stream().filter(e -> e.getValue().submitted() > 0)
                .map(e -> IN_FIELD.formatted(lower(Labels.of(e.getKey())), count(e.getValue().submitted()))).toList();
        paragraphs.add(REGISTERED.formatted(when, review.organisationName(), count(funnel.submitted()),
                byField.isEmpty() ? NO_FIELD : String.join(", ", byField)));
        paragraphs.add(RECOGNISED.formatted(count(funnel.recognizedAtBase()), count(funnel.recognizedAtBloc()),
                count(funnel.recognizedAtProvince()), count(inReview(funnel))));
        long commended = review.commendations().stream().mapToLong(Reports.CommendationCount::count).sum();
        paragraphs.add(commended == 0 ? COMMENDED_NONE : COMMENDED.formatted(count(commended),
                String.join(", ", commendationParts(review.commendations()))));
        long replicas = review.mostReplicated().stream().mapToLong(Reports.Replicated::replicas).sum();
        paragraphs.add(replicas == 0 ? REPLICATED_NONE
                : REPLICATED.formatted(count(review.mostReplicated().size()), count(replicas)));
        Reports.IndicatorTotals indicators = review.indicators();
        if (indicators != null && indicators.reportingOrganisations() > 0) {
            paragraphs.add(INDICATORS.formatted(count(indicators.directiveDocuments()), count(indicators.dialogues()),
                    count(indicators.complaintsReceived()), count(indicators.complaintsResolved())));
        }
        List<Table> tables = new ArrayList<>(List.of(fieldTable(review), levelTable(funnel),
                commendationTable(review.commendations())));
        if (replicas > 0) {
            tables.add(replicatedTable(review.mostReplicated()));
        }
        return new Part(RESULTS, paragraphs, tables);
    }

    private static Part shortcomings(Review review) {
        long overdue = review.backlog().stream().mapToLong(Reports.LevelBacklog::overdue).sum();
        return new Part(SHORTCOMINGS, List.of(SHORTCOMING_FIGURES.formatted(count(review.funnel().returned()),
                count(review.funnel().declined()), count(overdue)), SHORTCOMING_SKELETON, CAUSES), List.of());
    }

    private static Part directions() {
        return new Part(DIRECTIONS, List.of(DIRECTION_1, DIRECTION_2, DIRECTION_3), List.of());
    }

    /** The four fields first, in the order the movement names them, then any other the events carry. */
    private static Map<String, Funnel> fields(Review review) {
        Map<String, Funnel> ordered = new LinkedHashMap<>();
        FIELDS.forEach(field -> ordered.put(field, review.byField().getOrDefault(field, Funnel.of(Map.of()))));
        review.byField().forEach(ordered::putIfAbsent);
        return ordered;
    }

    private static Table fieldTable(Review review) {
        List<List<String>> rows = new ArrayList<>();
        int i = 1;
        for (Map.Entry<String, Funnel> entry : fields(review).entrySet()) {
            Funnel f = entry.getValue();
            rows.add(List.of(String.valueOf(i++), Labels.of(entry.getKey()), count(f.submitted()),
                    count(f.recognizedAtBase()), count(f.recognizedAtBloc()), count(f.recognizedAtProvince())));
        }
        Funnel all = review.funnel();
        rows.add(List.of("", TOTAL, count(all.submitted()), count(all.recognizedAtBase()),
                count(all.recognizedAtBloc()), count(all.recognizedAtProvince())));
        return new Table(TABLE_FIELDS, List.of(NO, FIELD, REGISTERED_COLUMN, Labels.of(Level.BASE),
                Labels.of(Level.BLOC), Labels.of(Level.PROVINCE)), new float[] {5, 27, 13, 13, 13, 13}, rows);
    }

    private static Table levelTable(Funnel funnel) {
        List<List<String>> rows = List.of(
                List.of("1", Labels.of(Level.BASE), count(funnel.recognizedAtBase()), count(funnel.inReviewAtBase())),
                List.of("2", Labels.of(Level.BLOC), count(funnel.recognizedAtBloc()), count(funnel.inReviewAtBloc())),
                List.of("3", Labels.of(Level.PROVINCE), count(funnel.recognizedAtProvince()),
                        count(funnel.inReviewAtProvince())));
        return new Table(TABLE_LEVELS, List.of(NO, LEVEL, RECOGNISED_COLUMN, IN_REVIEW_COLUMN),
                new float[] {5, 30, 20, 20}, rows);
    }

    private static Table commendationTable(List<Reports.CommendationCount> commendations) {
        List<List<String>> rows = new ArrayList<>();
        int i = 1;
        for (Reports.CommendationCount c : commendations.stream().sorted(Comparator
                .comparing((Reports.CommendationCount c) -> c.level()).reversed()
                .thenComparing(Reports.CommendationCount::form)).toList()) {
            rows.add(List.of(String.valueOf(i++), form(c.form()), Labels.of(c.level()), Labels.of(c.recipientKind()),
                    c.grade() == null ? NO_GRADE : Labels.of(c.grade()), count(c.count())));
        }
        rows.add(List.of("", TOTAL, "", "", "",
                count(commendations.stream().mapToLong(Reports.CommendationCount::count).sum())));
        return new Table(TABLE_COMMENDATIONS, List.of(NO, FORM, LEVEL, RECIPIENT, GRADE, COUNT),
                new float[] {5, 16, 14, 12, 22, 11}, rows);
    }

    private static Table replicatedTable(List<Reports.Replicated> replicated) {
        List<List<String>> rows = new ArrayList<>();
        int i = 1;
        for (Reports.Replicated r : replicated) {
            rows.add(List.of(String.valueOf(i++), r.title(), r.unitName(), count(r.replicas())));
        }
        return new Table(TABLE_REPLICATED, List.of(NO, MODEL, UNIT, REPLICAS), new float[] {5, 40, 30, 13}, rows);
    }

    /** "12 Giấy khen, 2 Bằng khen (5 có thành tích xuất sắc, 9 có thành tích)". */
    private static List<String> commendationParts(List<Reports.CommendationCount> commendations) {
        Map<String, Long> byForm = new LinkedHashMap<>();
        Map<String, Long> byGrade = new LinkedHashMap<>();
        commendations.forEach(c -> {
            byForm.merge(form(c.form()), c.count(), Long::sum);
            if (c.grade() != null) {
                byGrade.merge(lower(Labels.of(c.grade())), c.count(), Long::sum);
            }
        });
        List<String> forms = byForm.entrySet().stream()
                .map(e -> FORM_COUNT.formatted(count(e.getValue()), e.getKey())).toList();
        List<String> grades = byGrade.entrySet().stream()
                .map(e -> GRADE_COUNT.formatted(count(e.getValue()), e.getKey())).toList();
        List<String> parts = new ArrayList<>(forms);
        if (!grades.isEmpty()) {
            parts.set(parts.size() - 1, parts.get(parts.size() - 1) + " (" + String.join(", ", grades) + ")");
        }
        return parts;
    }

    private static long inReview(Funnel funnel) {
        return funnel.inReviewAtBase() + funnel.inReviewAtBloc() + funnel.inReviewAtProvince();
    }

    private static String form(String code) {
        return FORMS.getOrDefault(code, code);
    }

    private static String lower(String label) {
        return label.isEmpty() ? label : label.substring(0, 1).toLowerCase(VietnameseText.VIETNAMESE)
                + label.substring(1);
    }
}
