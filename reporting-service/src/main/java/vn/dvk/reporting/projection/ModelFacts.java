package vn.dvk.reporting.projection;

import static vn.dvk.reporting.projection.TypedNulls.date;
import static vn.dvk.reporting.projection.TypedNulls.text;
import static vn.dvk.reporting.projection.TypedNulls.uuid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import vn.dvk.kit.db.NativeValues;
import vn.dvk.kit.domain.Level;


/** Reads and writes {@link ModelFact} rows of a projection schema. */
@ApplicationScoped
public class ModelFacts {

    private static final String COLUMNS = """
            campaign_id, province_id, bloc_id, base_id, unit_id, unit_name, field, kind, owner_kind, title, summary,
            replicates_model_id, submitted, withdrawn, returned, declined, revoked, registered_on, review_level,
            review_since, recognized_level, recognized_on, decision_number, decision_issued_on""";

    private final EntityManager entityManager;

    public ModelFacts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The model's fact, locked until the transaction ends, created empty if no event of it came before. The two
     * topics are consumed concurrently: the row is created with an upsert and then locked, so neither consumer fails
     * on the other's insert and they take turns.
     */
    public ModelFact lock(ProjectionSchema schema, UUID modelId) {
        entityManager.createNativeQuery(schema.sql("insert into {p}.model_fact (model_id) values (:id) "
                + "on conflict (model_id) do nothing")).setParameter("id", modelId).executeUpdate();
        Object[] row = (Object[]) entityManager.createNativeQuery(schema.sql("select " + COLUMNS
                + " from {p}.model_fact where model_id = :id for update"), Object[].class)
                .setParameter("id", modelId).getSingleResult();
        ModelFact fact = new ModelFact(modelId);
        int i = 0;
        fact.campaignId = (String) row[i++];
        fact.provinceId = (String) row[i++];
        fact.blocId = (String) row[i++];
        fact.baseId = (String) row[i++];
        fact.unitId = (String) row[i++];
        fact.unitName = (String) row[i++];
        fact.field = (String) row[i++];
        fact.kind = (String) row[i++];
        fact.ownerKind = (String) row[i++];
        fact.title = (String) row[i++];
        fact.summary = (String) row[i++];
        fact.replicatesModelId = (UUID) row[i++];
        fact.submitted = (Boolean) row[i++];
        fact.withdrawn = (Boolean) row[i++];
        fact.returned = (Boolean) row[i++];
        fact.declined = (Boolean) row[i++];
        fact.revoked = (Boolean) row[i++];
        fact.registeredOn = NativeValues.date(row[i++]);
        fact.reviewLevel = level(row[i++]);
        fact.reviewSince = NativeValues.date(row[i++]);
        fact.recognizedLevel = level(row[i++]);
        fact.recognizedOn = NativeValues.date(row[i++]);
        fact.decisionNumber = (String) row[i++];
        fact.decisionIssuedOn = NativeValues.date(row[i]);
        return fact;
    }

    public void save(ProjectionSchema schema, ModelFact fact) {
        entityManager.createNativeQuery(schema.sql("""
                update {p}.model_fact set campaign_id = :campaign, province_id = :province, bloc_id = :bloc,
                    base_id = :base, unit_id = :unit, unit_name = :unitName, field = :field, kind = :kind,
                    owner_kind = :ownerKind, title = :title, summary = :summary, replicates_model_id = :replicates,
                    submitted = :submitted, withdrawn = :withdrawn, returned = :returned, declined = :declined,
                    revoked = :revoked, registered_on = :registeredOn, review_level = :reviewLevel,
                    review_since = :reviewSince, recognized_level = :recognizedLevel, recognized_on = :recognizedOn,
                    decision_number = :decisionNumber, decision_issued_on = :decisionIssuedOn
                where model_id = :id"""))
                .setParameter("campaign", text(fact.campaignId))
                .setParameter("province", text(fact.provinceId))
                .setParameter("bloc", text(fact.blocId))
                .setParameter("base", text(fact.baseId))
                .setParameter("unit", text(fact.unitId))
                .setParameter("unitName", text(fact.unitName))
                .setParameter("field", text(fact.field))
                .setParameter("kind", text(fact.kind))
                .setParameter("ownerKind", text(fact.ownerKind))
                .setParameter("title", text(fact.title))
                .setParameter("summary", text(fact.summary))
                .setParameter("replicates", uuid(fact.replicatesModelId))
                .setParameter("submitted", fact.submitted)
                .setParameter("withdrawn", fact.withdrawn)
                .setParameter("returned", fact.returned)
                .setParameter("declined", fact.declined)
                .setParameter("revoked", fact.revoked)
                .setParameter("registeredOn", date(fact.registeredOn))
                .setParameter("reviewLevel", text(name(fact.reviewLevel)))
                .setParameter("reviewSince", date(fact.reviewSince))
                .setParameter("recognizedLevel", text(name(fact.recognizedLevel)))
                .setParameter("recognizedOn", date(fact.recognizedOn))
                .setParameter("decisionNumber", text(fact.decisionNumber))
                .setParameter("decisionIssuedOn", date(fact.decisionIssuedOn))
                .setParameter("id", fact.modelId)
                .executeUpdate();
    }

    private static Level level(Object value) {
        return value == null ? null : Level.valueOf((String) value);
    }

    private static String name(Level level) {
        return level == null ? null : level.name();
    }
}
