package vn.dvk.reporting.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import vn.dvk.kit.problems.NotFoundProblem;
import vn.dvk.kit.security.Caller;
import vn.dvk.reporting.domain.ReportingMessages;
import vn.dvk.reporting.projection.LiveSchema;
import vn.dvk.reporting.projection.ProjectionSchema;

/**
 * Which organisations a reader's figures may cover: their own organisation's subtree (a reviewer's, admin's or
 * leader's committee; an auditor belongs to the province, so theirs is the province). An organisation outside it
 * answers exactly as one that does not exist.
 */
@RequestScoped
public class ReaderScope {

    private final Caller caller;
    private final EntityManager entityManager;
    private final ProjectionSchema schema;

    public ReaderScope(Caller caller, EntityManager entityManager, LiveSchema live) {
        this.caller = caller;
        this.entityManager = entityManager;
        this.schema = live.schema();
    }

    /** The organisation asked for (the caller's own when none is), if the caller may read its figures. */
    public String organisation(String requested) {
        String own = caller.orgId();
        if (requested == null || requested.equals(own)) {
            return own;
        }
        List<?> lineage = entityManager.createNativeQuery(schema.sql(
                "select array_to_string(lineage, ',') from {p}.organisation where id = :id"))
                .setParameter("id", requested).getResultList();
        if (lineage.isEmpty() || !List.of(((String) lineage.get(0)).split(",")).contains(own)) {
            throw new NotFoundProblem(ReportingMessages.NO_ORGANISATION.text(requested));
        }
        return requested;
    }

    /** The organisation's name as events last gave it; its id when none has. */
    public String name(String organisationId) {
        List<?> names = entityManager.createNativeQuery(schema.sql(
                "select name from {p}.organisation where id = :id")).setParameter("id", organisationId).getResultList();
        return names.isEmpty() ? organisationId : (String) names.get(0);
    }
}
