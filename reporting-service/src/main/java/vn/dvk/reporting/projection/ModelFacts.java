package vn.dvk.reporting.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.dvk.contracts.vocabulary.Level;


/** Reads and writes {@link ModelFact} rows of a projection schema, a batch of models per statement. */
@ApplicationScoped
public class ModelFacts {

    /** A model's row: its identity (id, campaign, path; or, to save, the whole fact) and its changes so far. */
    public record Stored(ModelFact identity, List<ModelChange> changes) {
    }

    private static final TypeReference<List<ModelChange>> CHANGES = new TypeReference<>() {
    };

    private final EntityManager entityManager;
    private final ObjectMapper mapper;
    private final FigureChanges figureChanges;

    public ModelFacts(EntityManager entityManager, ObjectMapper mapper, FigureChanges figureChanges) {
        this.entityManager = entityManager;
        this.mapper = mapper;
        this.figureChanges = figureChanges;
    }

    /**
     * The models' facts, locked until the transaction ends, each created empty if no event of it came before. Rows
     * are created with an upsert and then locked, in id order: two writers (a rebalance hands a partition over) wait
     * for each other instead of failing on each other's insert or deadlocking.
     */
    public Map<UUID, Stored> lockAll(ProjectionSchema schema, Collection<UUID> modelIds) {
        UUID[] ids = modelIds.stream().sorted().toArray(UUID[]::new);
        entityManager.createNativeQuery(schema.sql("""
                insert into {p}.model_fact (model_id)
                select id from unnest(:ids) as i(id) order by id
                on conflict (model_id) do nothing""")).setParameter("ids", ids).executeUpdate();
        List<?> rows = entityManager.createNativeQuery(schema.sql("""
                select model_id, campaign_id, province_id, bloc_id, base_id, unit_id, unit_name, cast(changes as text)
                from {p}.model_fact where model_id = any(:ids)
                order by model_id for update"""), Object[].class)
                .setParameter("ids", ids).getResultList();
        Map<UUID, Stored> stored = new HashMap<>();
        for (Object result : rows) {
            Object[] row = (Object[]) result;
            ModelFact identity = new ModelFact((UUID) row[0]);
            identity.campaignId = (String) row[1];
            identity.provinceId = (String) row[2];
            identity.blocId = (String) row[3];
            identity.baseId = (String) row[4];
            identity.unitId = (String) row[5];
            identity.unitName = (String) row[6];
            try {
                stored.put(identity.modelId, new Stored(identity, mapper.readValue((String) row[7], CHANGES)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("The changes of model " + identity.modelId + " do not read", e);
            }
        }
        return stored;
    }

    /** Writes each model as it stands now (identity included) and the changes that made it so, in one statement. */
    public void saveAll(ProjectionSchema schema, List<Stored> models) {
        if (models.isEmpty()) {
            return;
        }
        List<Map<String, Object>> rows = new ArrayList<>(models.size());
        for (Stored model : models) {
            ModelFact fact = model.identity();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("model_id", fact.modelId);
            row.put("campaign_id", fact.campaignId);
            row.put("province_id", fact.provinceId);
            row.put("bloc_id", fact.blocId);
            row.put("base_id", fact.baseId);
            row.put("unit_id", fact.unitId);
            row.put("unit_name", fact.unitName);
            row.put("field", fact.field);
            row.put("kind", fact.kind);
            row.put("owner_kind", fact.ownerKind);
            row.put("title", fact.title);
            row.put("summary", fact.summary);
            ModelFact.Text published = fact.published();
            row.put("public_title", published == null ? null : published.title());
            row.put("public_summary", published == null ? null : published.summary());
            row.put("replicates_model_id", fact.replicatesModelId);
            row.put("submitted", fact.submitted);
            row.put("withdrawn", fact.withdrawn);
            row.put("returned", fact.returned);
            row.put("declined", fact.declined);
            row.put("revoked", fact.revoked);
            row.put("registered_on", fact.registeredOn);
            row.put("review_level", name(fact.reviewLevel));
            row.put("review_since", fact.reviewSince);
            row.put("recognized_level", name(fact.recognizedLevel));
            row.put("recognized_on", fact.recognizedOn);
            row.put("decision_number", fact.decisionNumber);
            row.put("decision_issued_on", fact.decisionIssuedOn);
            row.put("changes", model.changes());
            rows.add(row);
        }
        String json;
        try {
            json = mapper.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        entityManager.createNativeQuery(schema.sql("""
                update {p}.model_fact m set campaign_id = r.campaign_id, province_id = r.province_id,
                    bloc_id = r.bloc_id, base_id = r.base_id, unit_id = r.unit_id, unit_name = r.unit_name,
                    field = r.field, kind = r.kind, owner_kind = r.owner_kind, title = r.title, summary = r.summary,
                    public_title = r.public_title, public_summary = r.public_summary,
                    replicates_model_id = r.replicates_model_id, submitted = r.submitted, withdrawn = r.withdrawn,
                    returned = r.returned, declined = r.declined, revoked = r.revoked,
                    registered_on = r.registered_on, review_level = r.review_level, review_since = r.review_since,
                    recognized_level = r.recognized_level, recognized_on = r.recognized_on,
                    decision_number = r.decision_number, decision_issued_on = r.decision_issued_on,
                    changes = r.changes
                from jsonb_to_recordset(cast(:rows as jsonb)) as r(model_id uuid, campaign_id text, province_id text,
                    bloc_id text, base_id text, unit_id text, unit_name text, field text, kind text, owner_kind text,
                    title text, summary text, public_title text, public_summary text, replicates_model_id uuid,
                    submitted boolean, withdrawn boolean, returned boolean, declined boolean, revoked boolean,
                    registered_on date, review_level text,
                    review_since date, recognized_level text, recognized_on date, decision_number text,
                    decision_issued_on date, changes jsonb)
                where m.model_id = r.model_id""")).setParameter("rows", json).executeUpdate();
        // only a recognised model is ever in the gallery; once in, a revocation or a withdrawal takes it out
        if (models.stream().anyMatch(ModelFacts::everRecognised)) {
            figureChanges.galleryChanged(schema);
        }
    }

    private static boolean everRecognised(Stored model) {
        return model.changes().stream().anyMatch(change -> change.type() == ModelChange.Type.RECOGNIZED);
    }

    private static String name(Level level) {
        return level == null ? null : level.name();
    }
}
