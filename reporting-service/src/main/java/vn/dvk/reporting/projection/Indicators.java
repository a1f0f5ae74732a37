package vn.dvk.reporting.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import vn.dvk.contracts.vocabulary.OrgRef;

/** Keeps every version of units' monthly indicators; a version read again changes nothing. */
@ApplicationScoped
public class Indicators {

    private final EntityManager entityManager;
    private final FigureChanges figureChanges;
    private final Organisations organisations;

    public Indicators(EntityManager entityManager, FigureChanges figureChanges, Organisations organisations) {
        this.entityManager = entityManager;
        this.figureChanges = figureChanges;
        this.organisations = organisations;
    }

    /** @param lineage the organisation and those above it, the province first */
    public void reported(ProjectionSchema schema, String organisationId, YearMonth period, int version,
            List<OrgRef> lineage, int directiveDocuments, int dialogues, int complaintsReceived, int complaintsResolved,
            LocalDate reportedOn) {
        List<String> nodes = lineage.stream().map(OrgRef::id).distinct().toList();
        int inserted = entityManager.createNativeQuery(schema.sql("""
                insert into {p}.indicator_report (organisation_id, period, version, node_ids, directive_documents,
                    dialogues, complaints_received, complaints_resolved, reported_on)
                values (:organisation, :period, :version, :nodes, :documents, :dialogues,
                    :received, :resolved, :reportedOn)
                on conflict do nothing"""))
                .setParameter("organisation", organisationId).setParameter("period", period.atDay(1))
                .setParameter("version", version).setParameter("nodes", nodes.toArray(String[]::new))
                .setParameter("documents", directiveDocuments).setParameter("dialogues", dialogues)
                .setParameter("received", complaintsReceived).setParameter("resolved", complaintsResolved)
                .setParameter("reportedOn", reportedOn).executeUpdate();
        if (inserted == 1) {
            organisations.remember(schema, lineage);
            figureChanges.changed(schema, null, nodes);
        }
    }
}
