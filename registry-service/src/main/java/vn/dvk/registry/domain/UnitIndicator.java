package vn.dvk.registry.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The figures an organisation reported for a month, as last corrected. The registry is their system of record;
 * reporting adds them up from the events each report and correction publishes.
 */
@Entity
@Table(name = "unit_indicator")
@IdClass(UnitIndicator.Key.class)
public class UnitIndicator extends PanacheEntityBase {

    @Id
    @Column(name = "organisation_id")
    public String organisationId;

    /** The first day of the month reported. */
    @Id
    public LocalDate period;

    @Column(name = "directive_documents", nullable = false)
    public int directiveDocuments;

    @Column(nullable = false)
    public int dialogues;

    @Column(name = "complaints_received", nullable = false)
    public int complaintsReceived;

    @Column(name = "complaints_resolved", nullable = false)
    public int complaintsResolved;

    /** 1 for the first report of the month, one more with each correction. */
    @Version
    public int version;

    @Column(name = "reported_by", nullable = false)
    public String reportedBy;

    @Column(name = "reported_at", nullable = false)
    public OffsetDateTime reportedAt;

    public static Optional<UnitIndicator> of(String organisationId, YearMonth month) {
        return findByIdOptional(new Key(organisationId, month.atDay(1)));
    }

    /** The organisation's reports for the months from {@code from} to {@code to} (either open when null), in order. */
    public static List<UnitIndicator> of(String organisationId, YearMonth from, YearMonth to) {
        Map<String, Object> parameters = new HashMap<>(Map.of("organisation", organisationId));
        StringBuilder query = new StringBuilder("organisationId = :organisation");
        if (from != null) {
            query.append(" and period >= :from");
            parameters.put("from", from.atDay(1));
        }
        if (to != null) {
            query.append(" and period <= :to");
            parameters.put("to", to.atDay(1));
        }
        return list(query.append(" order by period").toString(), parameters);
    }

    /** The month's first report, before its figures are recorded. */
    static UnitIndicator first(String organisationId, YearMonth month) {
        UnitIndicator report = new UnitIndicator();
        report.organisationId = organisationId;
        report.period = month.atDay(1);
        report.version = 1; // kept by Hibernate as the initial version, which would otherwise be 0
        return report;
    }

    public YearMonth month() {
        return YearMonth.from(period);
    }

    public IndicatorFigures figures() {
        return new IndicatorFigures(directiveDocuments, dialogues, complaintsReceived, complaintsResolved);
    }

    void record(IndicatorFigures figures, String actor, OffsetDateTime at) {
        directiveDocuments = figures.directiveDocuments();
        dialogues = figures.dialogues();
        complaintsReceived = figures.complaintsReceived();
        complaintsResolved = figures.complaintsResolved();
        reportedBy = actor;
        reportedAt = at;
    }

    /** The primary key: an organisation reports once a month, then corrects that report. */
    public record Key(String organisationId, LocalDate period) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
