package vn.dvk.registry.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.dvk.kit.problems.BilingualText;
import vn.dvk.kit.problems.ConflictProblem;
import vn.dvk.kit.problems.InvalidRequestProblem;
import vn.dvk.kit.problems.Problem;
import vn.dvk.kit.text.Text;
import vn.dvk.kit.time.Moments;
import vn.dvk.registry.events.ModelEvents;

/**
 * Replication followed through (nhân rộng): a unit's model takes up a recognised model of another unit, and later
 * the unit records what came of it. Each change is reported by an event of the taking model.
 */
@ApplicationScoped
public class Replications {

    /** Where a model may take another up: once its unit has submitted it, unless taken back or refused. */
    private static final Set<ModelStatus> MAY_REPLICATE = EnumSet.complementOf(
            EnumSet.of(ModelStatus.DRAFT, ModelStatus.WITHDRAWN));

    private final ModelEvents events;
    private final Clock clock;

    public Replications(ModelEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /**
     * Links {@code model} (of the caller's unit) to the model it takes up.
     *
     * @param source the model named, whoever's it is, or empty when no model has that id
     */
    @Transactional
    public ModelReplication register(MobilizationModel model, UUID sourceId, Optional<MobilizationModel> source,
            LocalDate takenUpOn, String registeredBy) {
        if (sourceId.equals(model.id)) {
            throw new ReplicationRefusedProblem(RegistryMessages.REPLICATES_ITSELF.text());
        }
        MobilizationModel taken = source.filter(MobilizationModel::isRecognised).orElseThrow(
                () -> new ReplicationRefusedProblem(RegistryMessages.REPLICATES_NO_RECOGNISED_MODEL.text(sourceId)));
        if (taken.unitId.equals(model.unitId)) {
            throw new ReplicationRefusedProblem(RegistryMessages.REPLICATES_OWN_UNITS_MODEL.text(sourceId));
        }
        if (!MAY_REPLICATE.contains(model.status)) {
            throw new ConflictProblem(RegistryMessages.MODEL_CANNOT_REPLICATE.text(model.status));
        }
        if (ModelReplication.of(model.id, sourceId).isPresent()) {
            throw new ConflictProblem(RegistryMessages.ALREADY_REPLICATES.text(sourceId));
        }
        OffsetDateTime now = Moments.utc(clock);
        ModelReplication link = ModelReplication.link(model, taken, takenUpOn, registeredBy, now);
        link.persist();
        model.replicationChanged(now);
        events.replicationRegistered(model, taken, link);
        return link;
    }

    /** Records (or corrects) what came of the take-up, as of {@code on}. */
    @Transactional
    public ModelReplication recordResult(MobilizationModel model, ModelReplication link, String result, LocalDate on) {
        if (on.isBefore(link.takenUpOn)) {
            BilingualText detail = RegistryMessages.RESULT_BEFORE_TAKE_UP.text(on, link.takenUpOn);
            // field-level messages are English, like every other violation's (the kit's README says why)
            throw new InvalidRequestProblem(detail, List.of(new Problem.Violation("resultOn", detail)));
        }
        OffsetDateTime now = Moments.utc(clock);
        link.recordResult(Text.nfc(result), on, now);
        model.replicationChanged(now);
        events.replicationResultRecorded(model, link);
        return link;
    }
}
