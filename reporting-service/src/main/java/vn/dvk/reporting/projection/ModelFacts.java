package vn.dvk.reporting.projection;

import static vn.dvk.reporting.projection.TypedNulls.date;
import static vn.dvk.reporting.projection.TypedNulls.text;
import static vn.dvk.reporting.projection.TypedNulls.uuid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.UUID;
import vn.dvk.kit.domain.Level;


/** Reads and writes {@link ModelFact} rows of a projection schema. */
@ApplicationScoped
public class ModelFacts {

    /** A model's row: what never changes (id, campaign, path) and its changes so far. */
    public record Stored(ModelFact identity, List<ModelChange> changes) {
    }

    private static final TypeReference<List<ModelChange>> CHANGES = new TypeReference<>() {
    };

    private final EntityManager entityManager;
    private final ObjectMapper mapper;

    public ModelFacts(EntityManager entityManager, ObjectMapper mapper) {
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    /**
     * The model's fact, locked until the transaction ends, created empty if no event of it came before. The two
     * topics are consumed concurrently: the row is created with an upsert and then locked, so neither consumer fails
     * on the other's insert and they take turns.
     */
    public Stored lock(ProjectionSchema schema, UUID modelId) {
        entityManager.createNativeQuery(schema.sql("insert into {p}.model_fact (model_id) values (:id) "
                + "on conflict (model_id) do nothing")).setParameter("id", modelId).executeUpdate();
        Object[] row = (Object[]) entityManager.createNativeQuery(schema.sql("""
                select campaign_id, province_id, bloc_id, base_id, unit_id, unit_name, cast(changes as text)
                from {p}.model_fact where model_id = :id for update"""), Object[].class)
                .setParameter("id", modelId).getSingleResult();
        ModelFact identity = new ModelFact(modelId);
        identity.campaignId = (String) row[0];
        identity.provinceId = (String) row[1];
        identity.blocId = (String) row[2];
        identity.baseId = (String) row[3];
        identity.unitId = (String) row[4];
        identity.unitName = (String) row[5];
        try {
            return new Stored(identity, mapper.readValue((String) row[6], CHANGES));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The changes of model " + modelId + " do not read", e);
        }
    }

    /** Writes the model as it stands now ({@code fact}, identity included) and the changes that made it so. */
    public void save(ProjectionSchema schema, ModelFact fact, List<ModelChange> changes) {
        String changesJson;
        try {
            changesJson = mapper.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        entityManager.createNativeQuery(schema.sql("""
                update {p}.model_fact set campaign_id = :campaign, province_id = :province, bloc_id = :bloc,
                    base_id = :base, unit_id = :unit, unit_name = :unitName, field = :field, kind = :kind,
                    owner_kind = :ownerKind, title = :title, summary = :summary, replicates_model_id = :replicates,
                    submitted = :submitted, withdrawn = :withdrawn, returned = :returned, declined = :declined,
                    revoked = :revoked, registered_on = :registeredOn, review_level = :reviewLevel,
                    review_since = :reviewSince, recognized_level = :recognizedLevel, recognized_on = :recognizedOn,
                    decision_number = :decisionNumber, decision_issued_on = :decisionIssuedOn,
                    changes = cast(:changes as jsonb)
                where model_id = :id"""))
                .setParameter("changes", changesJson)
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

    private static String name(Level level) {
        return level == null ? null : level.name();
    }
}
