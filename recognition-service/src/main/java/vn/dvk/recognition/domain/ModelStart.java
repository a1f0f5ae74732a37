package vn.dvk.recognition.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * When a model started ("thời gian bắt đầu thực hiện"), as the registry last published it in the model's drafted
 * and updated events: what a decision's date is checked against. Kept from the first event on, since the case
 * itself opens only at submission; null while the unit has not said.
 */
@Entity
@Table(name = "model_start")
public class ModelStart extends PanacheEntityBase {

    @Id
    @Column(name = "model_id")
    public UUID modelId;

    @Column(name = "started_on")
    public LocalDate startedOn;

    /** Records the start date the registry published last (the inbox hands a model's events over in order). */
    public static void record(UUID modelId, LocalDate startedOn) {
        ModelStart start = findById(modelId);
        if (start == null) {
            start = new ModelStart();
            start.modelId = modelId;
            start.startedOn = startedOn;
            start.persist();
        } else {
            start.startedOn = startedOn;
        }
    }

    /** The known start dates of those of the models the registry published one for. */
    public static List<ModelStart> known(Collection<UUID> modelIds) {
        return modelIds.isEmpty() ? List.of() : list("modelId in ?1 and startedOn is not null", modelIds);
    }
}
