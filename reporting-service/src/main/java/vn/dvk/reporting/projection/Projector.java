package vn.dvk.reporting.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.contracts.vocabulary.OrgPath;

/**
 * Applies what events tell to a projection schema: the model facts, and the counters moved by what each change
 * adds and takes away. Callers apply each event once and, per model, in order (the inbox live, the rebuild's own
 * ordering when replaying); the counters then equal the facts' sums.
 */
@ApplicationScoped
public class Projector {

    /** The grade key of a commendation without a grade: key columns are never null. */
    public static final String NO_GRADE = "";


    private final EntityManager entityManager;
    private final ModelFacts facts;
    private final Counters counters;
    private final Backlog backlog;
    private final Organisations organisations;
    private final ZoneId zone;

    public Projector(EntityManager entityManager, ModelFacts facts, Counters counters, Backlog backlog,
            Organisations organisations,
            Clock clock) {
        this.entityManager = entityManager;
        this.facts = facts;
        this.counters = counters;
        this.backlog = backlog;
        this.organisations = organisations;
        this.zone = clock.getZone(); // the province's (dvk.time.zone)
    }

    /**
     * Opens a batch of writes to the schema, making the transaction its only writer until it ends: the model and
     * case topics are consumed on separate threads (and replicas), and a counter's month rows are read then moved,
     * so two writers moving the same counter at once would each miss the other's change.
     */
    public ProjectionBatch open(ProjectionSchema schema) {
        return open(schema, Counters.MonthRows.KEPT_CURRENT);
    }

    /** Opens a batch that keeps the counters' month rows current or leaves them to be built at the end (a rebuild). */
    public ProjectionBatch open(ProjectionSchema schema, Counters.MonthRows monthRows) {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtext(:name))")
                .setParameter("name", "dvk.reporting.projection." + schema.name()).getSingleResult();
        return new ProjectionBatch(schema, facts, counters, backlog, organisations, zone, monthRows);
    }

    /** The province's calendar day of an instant: figures stand at the end of a day there. */
    public LocalDate day(OffsetDateTime at) {
        return at.atZoneSameInstant(zone).toLocalDate();
    }

    /**
     * Adds what an event tells about a model to its history in the batch (every counter it counts in moves, on
     * every day, when the batch flushes); a change the history holds already (a redelivery) changes nothing.
     */
    public void changeModel(ProjectionBatch batch, UUID modelId, OrgPath path, ModelChange change) {
        ProjectionBatch.PendingModel model = batch.model(modelId);
        model.placeIn(change.campaignId(), path);
        model.changes.add(change);
        if (path != null && path.hasEveryLevel()) {
            batch.remember(path);
        }
    }

    /** A commendation was awarded to someone of the path's unit; {@code grade} is null for one without. */
    public void commendationAwarded(ProjectionBatch batch, UUID commendationId, String form, String grade,
            Level level, String recipientKind, OrgPath path, OffsetDateTime at) {
        ProjectionSchema schema = batch.schema();
        LocalDate day = day(at);
        String gradeKey = grade == null ? NO_GRADE : grade;
        int inserted = entityManager.createNativeQuery(schema.sql("""
                insert into {p}.commendation_fact (commendation_id, node_ids, form, level, recipient_kind, grade,
                                                   awarded_on)
                values (:id, :nodes, :form, :level, :recipientKind, :grade, :day)
                on conflict (commendation_id) do nothing"""))
                .setParameter("id", commendationId)
                .setParameter("nodes", pathNodes(path).toArray(String[]::new))
                .setParameter("form", form)
                .setParameter("level", level.name())
                .setParameter("recipientKind", recipientKind)
                .setParameter("grade", gradeKey)
                .setParameter("day", day)
                .executeUpdate();
        if (inserted == 1) {
            batch.count(Counter.COMMENDATION, day,
                    each(pathNodes(path), node -> List.of(node, form, level.name(), recipientKind, gradeKey), 1));
        }
        batch.remember(path);
    }

    /** A committee issued a decision. */
    public void decisionIssued(ProjectionBatch batch, UUID decisionId, String number, Level level,
            List<String> issuerNodes, OffsetDateTime at) {
        ProjectionSchema schema = batch.schema();
        LocalDate day = day(at);
        int inserted = entityManager.createNativeQuery(schema.sql("""
                insert into {p}.decision_fact (decision_id, node_ids, level, number, issued_on)
                values (:id, :nodes, :level, :number, :day)
                on conflict (decision_id) do nothing"""))
                .setParameter("id", decisionId)
                .setParameter("nodes", issuerNodes.toArray(String[]::new))
                .setParameter("level", level.name())
                .setParameter("number", number)
                .setParameter("day", day)
                .executeUpdate();
        if (inserted == 1) {
            batch.count(Counter.DECISION, day, each(issuerNodes, node -> List.of(node, level.name()), 1));
        }
    }

    /**
     * A decision was revoked: it no longer counts, nor do the commendations it awarded (its recognitions leave
     * through each model's own revocation event).
     */
    public void decisionRevoked(ProjectionBatch batch, UUID decisionId, List<UUID> commendationIds,
            OffsetDateTime at) {
        ProjectionSchema schema = batch.schema();
        LocalDate day = day(at);
        List<?> revoked = entityManager.createNativeQuery(schema.sql("""
                update {p}.decision_fact set revoked = true where decision_id = :id and not revoked
                returning array_to_string(node_ids, ','), level"""), Object[].class)
                .setParameter("id", decisionId).getResultList();
        for (Object row : revoked) {
            Object[] columns = (Object[]) row;
            String level = (String) columns[1];
            batch.count(Counter.DECISION, day,
                    each(List.of(((String) columns[0]).split(",")), node -> List.of(node, level), -1));
        }
        for (UUID commendationId : commendationIds == null ? List.<UUID>of() : commendationIds) {
            List<?> withdrawn = entityManager.createNativeQuery(schema.sql("""
                    update {p}.commendation_fact set withdrawn = true where commendation_id = :id and not withdrawn
                    returning array_to_string(node_ids, ','), form, level, recipient_kind, grade"""), Object[].class)
                    .setParameter("id", commendationId).getResultList();
            for (Object row : withdrawn) {
                Object[] c = (Object[]) row;
                batch.count(Counter.COMMENDATION, day, each(List.of(((String) c[0]).split(",")),
                        node -> List.of(node, (String) c[1], (String) c[2], (String) c[3], (String) c[4]), -1));
            }
        }
    }

    private static List<String> pathNodes(OrgPath path) {
        return List.copyOf(new java.util.LinkedHashSet<>(List.of(path.province().id(), path.bloc().id(),
                path.base().id(), path.unit().id())));
    }

    private static Map<List<String>, Long> each(List<String> nodes,
            java.util.function.Function<String, List<String>> key, long delta) {
        Map<List<String>, Long> deltas = new HashMap<>();
        nodes.forEach(node -> deltas.put(key.apply(node), delta));
        return deltas;
    }
}
