package vn.dvk.reporting.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** The recognition funnel of a campaign, counted over the models whose path runs through an organisation. */
@ApplicationScoped
public class Funnel {

    /** How many models reached each stage. */
    public record Counts(long submitted, long recognizedAtBase, long recognizedAtBloc, long recognizedAtProvince) {
    }

    private final EntityManager entityManager;

    public Funnel(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Counts of(String campaignId, String orgId) {
        Object[] row = (Object[]) entityManager.createQuery("""
                select count(p.submittedAt), count(p.recognizedBaseAt), count(p.recognizedBlocAt),
                       count(p.recognizedProvinceAt)
                from ModelProgress p
                where p.campaignId = :campaign
                  and :org in (p.provinceId, p.blocId, p.baseId, p.unitId)""")
                .setParameter("campaign", campaignId)
                .setParameter("org", orgId)
                .getSingleResult();
        return new Counts((Long) row[0], (Long) row[1], (Long) row[2], (Long) row[3]);
    }
}
