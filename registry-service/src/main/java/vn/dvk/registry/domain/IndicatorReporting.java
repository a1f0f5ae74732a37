package vn.dvk.registry.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dvk.kit.problems.ConflictProblem;
import vn.dvk.kit.problems.InvalidRequestProblem;
import vn.dvk.kit.problems.Problem;
import vn.dvk.kit.time.Moments;
import vn.dvk.registry.audit.RegistryAudit;
import vn.dvk.registry.events.OrganisationEvents;

/**
 * Organisations report their monthly figures here and correct them; each report or correction commits with its
 * event, in the sequence of the organisation's events, so that a consumer adds up every month's last word.
 */
@ApplicationScoped
public class IndicatorReporting {

    /** A month as the API names it; {@link YearMonth#parse} alone would also take a signed or five-digit year. */
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    /** What is wrong with a text that names no month. */

    private final OrganisationEvents events;
    private final EntityManager entityManager;
    private final Clock clock;
    private final RegistryAudit audit;

    public IndicatorReporting(OrganisationEvents events, EntityManager entityManager, Clock clock,
            RegistryAudit audit) {
        this.events = events;
        this.entityManager = entityManager;
        this.clock = clock;
        this.audit = audit;
    }

    /** The month the text names (2026-05), if it names one. */
    public static Optional<YearMonth> month(String text) {
        if (text == null || !MONTH.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The month a report is for: one that has begun in the province, so figures are never reported ahead.
     *
     * @throws InvalidRequestProblem naming {@code period} otherwise
     */
    public YearMonth reportableMonth(String period) {
        YearMonth month = month(period).orElseThrow(() -> InvalidRequestProblem.ofField("period", RegistryMessages.MONTH_LIKE.text()));
        YearMonth current = YearMonth.now(clock); // in the province's zone, the clock's
        if (month.isAfter(current)) {
            throw InvalidRequestProblem.ofField("period", RegistryMessages.AFTER_CURRENT_MONTH.text(current));
        }
        return month;
    }

    /**
     * Records the month's figures, or corrects them; figures equal to those stored change nothing and publish
     * nothing. Reports of one organisation are taken one at a time (its row is locked): each takes the next
     * sequence of the organisation's events, and two corrections of the same month sent at once both apply, in
     * turn, rather than one failing for a conflict nobody could see coming. The sequence lives on the
     * organisation's row, so a report moves the organisation's version (its ETag) as well.
     *
     * @param precondition what the request requires of the month's report as stored (its If-Match), checked once
     *     the organisation is locked, so that nothing changes it between the check and the change
     */
    @Transactional
    public UnitIndicator report(Organisation org, YearMonth month, IndicatorFigures figures,
            Consumer<Optional<UnitIndicator>> precondition, String actor) {
        List<Problem.Violation> violations = figures.inconsistencies();
        if (!violations.isEmpty()) {
            throw new InvalidRequestProblem(RegistryMessages.FIGURES_INCONSISTENT.text(), violations);
        }
        entityManager.refresh(org, LockModeType.PESSIMISTIC_WRITE);
        if (!org.active) {
            throw new ConflictProblem(RegistryMessages.INACTIVE_ORGANISATION_REPORTS_NOTHING.text(org.id));
        }
        Optional<UnitIndicator> stored = UnitIndicator.of(org.id, month);
        precondition.accept(stored);
        if (stored.isPresent() && stored.get().figures().equals(figures)) {
            return stored.get();
        }
        IndicatorFigures before = stored.map(UnitIndicator::figures).orElse(null);
        UnitIndicator report = stored.orElseGet(() -> UnitIndicator.first(org.id, month));
        // the precision PostgreSQL keeps, so that the event and the row name the same instant
        OffsetDateTime now = Moments.utc(clock).truncatedTo(ChronoUnit.MICROS);
        report.record(figures, actor, now);
        report.persist(); // nothing to do for a correction, which is managed already
        long sequence = org.nextEventSequence(now);
        UnitIndicator.flush(); // the event carries the version this report committed
        events.indicatorsReported(org, report, sequence);
        audit.indicators(org, month, before, figures);
        return report;
    }
}
