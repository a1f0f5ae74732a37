package vn.dvk.reporting.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import vn.dvk.contracts.vocabulary.OrgPath;

/**
 * Keeps the take-ups of recognised models (nhân rộng) the registry reports; an event read again changes nothing.
 */
@ApplicationScoped
public class TakeUps {

    private final EntityManager entityManager;
    private final FigureChanges figureChanges;
    private final Organisations organisations;

    public TakeUps(EntityManager entityManager, FigureChanges figureChanges, Organisations organisations) {
        this.entityManager = entityManager;
        this.figureChanges = figureChanges;
        this.organisations = organisations;
    }

    public void registered(ProjectionSchema schema, UUID modelId, String campaignId, OrgPath path, UUID sourceModelId,
            String sourceTitle, OrgPath sourcePath, LocalDate takenUpOn) {
        int inserted = entityManager.createNativeQuery(schema.sql("""
                insert into {p}.replication_take_up (model_id, source_model_id, campaign_id, taker_unit_id,
                    taker_unit_name, taker_node_ids, source_title, source_unit_name, source_node_ids, taken_up_on)
                values (:model, :source, :campaign, :unit, :unitName, :takers, :title, :sourceUnitName, :sources,
                    :takenUpOn)
                on conflict (model_id, source_model_id) do update set campaign_id = excluded.campaign_id,
                    taker_unit_id = excluded.taker_unit_id, taker_unit_name = excluded.taker_unit_name,
                    taker_node_ids = excluded.taker_node_ids, source_title = excluded.source_title,
                    source_unit_name = excluded.source_unit_name, source_node_ids = excluded.source_node_ids,
                    taken_up_on = excluded.taken_up_on
                where replication_take_up.taken_up_on is null"""))
                .setParameter("model", modelId).setParameter("source", sourceModelId)
                .setParameter("campaign", campaignId).setParameter("unit", path.unit().id())
                .setParameter("unitName", path.unit().name()).setParameter("takers", nodes(path))
                .setParameter("title", sourceTitle).setParameter("sourceUnitName", sourcePath.unit().name())
                .setParameter("sources", nodes(sourcePath)).setParameter("takenUpOn", takenUpOn).executeUpdate();
        if (inserted == 1) { // a registration read again changes nothing
            organisations.remember(schema, List.of(path, sourcePath));
            changed(schema, campaignId, path, sourcePath);
        }
    }

    /**
     * A result recorded (or corrected) as of {@code resultOn}, by the model's event of {@code sequence}: the result of
     * the highest sequence stands, whichever order a rebuild reads them in, before the registration included.
     */
    public void resultRecorded(ProjectionSchema schema, UUID modelId, UUID sourceModelId, long sequence,
            LocalDate resultOn, OrgPath path) {
        int changed = entityManager.createNativeQuery(schema.sql("""
                insert into {p}.replication_take_up as t (model_id, source_model_id, result_on, result_sequence)
                values (:model, :source, :resultOn, :sequence)
                on conflict (model_id, source_model_id) do update set result_on = excluded.result_on,
                    result_sequence = excluded.result_sequence
                where t.result_sequence is null or t.result_sequence < excluded.result_sequence"""))
                .setParameter("resultOn", resultOn).setParameter("model", modelId)
                .setParameter("source", sourceModelId).setParameter("sequence", sequence).executeUpdate();
        if (changed == 1) {
            figureChanges.changed(schema, null, List.of(nodes(path)));
        }
    }

    private void changed(ProjectionSchema schema, String campaignId, OrgPath path, OrgPath sourcePath) {
        figureChanges.changed(schema, campaignId, Stream.of(nodes(path), nodes(sourcePath)).flatMap(Stream::of)
                .distinct().toList());
    }

    private static String[] nodes(OrgPath path) {
        return Stream.of(path.province(), path.bloc(), path.base(), path.unit()).map(org -> org.id()).distinct()
                .toArray(String[]::new);
    }
}
