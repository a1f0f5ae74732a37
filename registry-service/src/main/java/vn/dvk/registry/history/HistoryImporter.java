package vn.dvk.registry.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Session;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.kit.outbox.Outbox;
import vn.dvk.kit.problems.ConflictProblem;
import vn.dvk.kit.text.Text;
import vn.dvk.kit.time.Moments;
import vn.dvk.registry.domain.Campaign;
import vn.dvk.registry.domain.CampaignAdministration;
import vn.dvk.registry.domain.CampaignDefinition;
import vn.dvk.registry.domain.IndicatorFigures;
import vn.dvk.registry.domain.IndicatorReporting;
import vn.dvk.registry.domain.MobilizationModel;
import vn.dvk.registry.domain.ModelRegistration;
import vn.dvk.registry.domain.ModelRegistration.PastRegistration;
import vn.dvk.registry.domain.ModelVersion;
import vn.dvk.registry.events.HistoryRecorded;
import vn.dvk.registry.events.HistoryRecorded.PastCommendation;
import vn.dvk.registry.events.HistoryRecorded.PastDecision;
import vn.dvk.registry.events.ModelEvents;
import vn.dvk.registry.history.HistoryChecks.CheckedHistory;
import vn.dvk.registry.history.HistoryFile.HistoryCommendation;
import vn.dvk.registry.history.HistoryFile.HistoryDecision;
import vn.dvk.registry.history.HistoryFile.HistoryFigures;
import vn.dvk.registry.history.HistoryFile.HistoryModel;

/**
 * Imports a past cycle in one transaction: the campaigns (created, opened and closed on their days), the models
 * (drafted and submitted on theirs), what became of each (one event per model that recognition turns into its
 * cases, decisions and commendations) and the monthly figures, every event stamped with when the thing happened,
 * so that reports as of a past day read the past without knowing it was imported. The file is checked whole
 * first; the same file again answers what the first import did.
 */
@ApplicationScoped
public class HistoryImporter {

    /** The import, and whether this request made it (false: the same file was imported before). */
    public record Outcome(HistorySummary summary, boolean created) {
    }

    /** Inserts sent to the database at once. */
    private static final int BATCH = 200;

    private final HistoryChecks checks;
    private final CampaignAdministration campaigns;
    private final IndicatorReporting indicators;
    private final ModelEvents events;
    private final EntityManager entityManager;
    private final Clock clock;

    public HistoryImporter(HistoryChecks checks, CampaignAdministration campaigns,
            IndicatorReporting indicators, ModelEvents events, EntityManager entityManager, Clock clock) {
        this.checks = checks;
        this.campaigns = campaigns;
        this.indicators = indicators;
        this.events = events;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * @param digest SHA-256 of the file's bytes, hex
     * @param provinceId the caller's province
     * @throws ConflictProblem when the import id names another file
     * @throws HistoryRefusedProblem when the file breaks rules (nothing written)
     */
    @Transactional
    public Outcome importFile(HistoryFile file, String digest, String provinceId, String actor) {
        if (!file.importId().startsWith(provinceId + "-")) {
            // the ids of each province's imports are its own: another province's id is refused, never looked up
            throw new HistoryRefusedProblem(List.of(HistoryChecks.violation("/importId",
                    HistoryMessages.IMPORT_ID_OUTSIDE_PROVINCE.text(provinceId))));
        }
        // one import of an id at a time: the second of two racing requests then finds the first
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtext(:key))")
                .setParameter("key", "history-import:" + file.importId()).getSingleResult();
        Optional<HistoryImport> earlier = HistoryImport.findByIdOptional(file.importId());
        if (earlier.isPresent()) {
            if (earlier.get().digest.equals(digest) && earlier.get().provinceId.equals(provinceId)) {
                return new Outcome(earlier.get().summary, false);
            }
            throw new ConflictProblem(HistoryMessages.IMPORT_ID_REUSED.text(file.importId()));
        }
        CheckedHistory checked = checks.check(file, provinceId);
        // thousands of rows and nothing read back: write them all at the end, not before every query
        entityManager.setFlushMode(FlushModeType.COMMIT);
        HistoryTimes times = new HistoryTimes(clock);
        String by = "history:" + file.importId();
        Map<String, Campaign> recorded = new HashMap<>();
        for (CampaignDefinition definition : checked.campaigns().values()) {
            recorded.put(definition.id(), campaigns.recordPast(definition,
                    checked.organisations().get(definition.organisationId()),
                    times.at(definition.startsOn(), HistoryTimes.DRAFTED),
                    times.at(definition.endsOn(), HistoryTimes.CLOSED), by));
        }
        Map<Level, Integer> recognitions = new EnumMap<>(Level.class);
        Map<String, List<PastDecision>> decided = pastDecisions(file.decisionsOrNone(), times, recognitions);
        // built in memory, then written in batches: thousands of models, their versions and their events
        List<MobilizationModel> models = new ArrayList<>();
        List<ModelVersion> versions = new ArrayList<>();
        List<Outbox.Pending> modelEvents = new ArrayList<>();
        for (HistoryModel entry : file.models()) {
            PastRegistration past = ModelRegistration.recordPast(checked.organisations().get(entry.unitId()),
                    entry.content(), times.at(entry.submittedOn(), HistoryTimes.DRAFTED),
                    times.at(entry.submittedOn(), HistoryTimes.SUBMITTED), file.importId(), by);
            MobilizationModel model = past.model();
            models.add(model);
            versions.add(past.version());
            modelEvents.addAll(past.events());
            List<PastDecision> decisions = decided.get(entry.ref());
            if (decisions != null) { // else registered, never recognised nor commended: the submission says it all
                model.historyRecorded(model.submittedAt);
                modelEvents.add(ModelEvents.historyRecorded(model, new HistoryRecorded(model.id, model.eventSequence,
                        file.importId(), model.campaignId, recorded.get(model.campaignId).levels(),
                        model.currentVersion, model.title, model.field.name(), model.kind.name(), model.path,
                        model.submittedAt, decisions)));
            }
        }
        // the models, then their versions: each type's inserts one after another, sent in batches
        Session session = entityManager.unwrap(Session.class);
        session.setJdbcBatchSize(BATCH);
        models.forEach(session::persist);
        versions.forEach(session::persist);
        events.appendAll(modelEvents);
        for (HistoryFigures figures : file.indicatorsOrNone()) {
            YearMonth month = YearMonth.parse(figures.period());
            indicators.recordPast(checked.organisations().get(figures.organisationId()), month,
                    new IndicatorFigures(figures.directiveDocuments(), figures.dialogues(),
                            figures.complaintsReceived(), figures.complaintsResolved()),
                    times.at(month.atEndOfMonth(), HistoryTimes.CLOSED), by);
        }
        int commendations = file.decisionsOrNone().stream().mapToInt(d -> d.commendationsOrNone().size()).sum();
        OffsetDateTime now = Moments.utc(clock);
        HistoryImport record = new HistoryImport();
        record.id = file.importId();
        record.provinceId = provinceId;
        record.digest = digest;
        record.importedBy = actor;
        record.importedAt = now;
        record.summary = new HistorySummary(file.importId(), provinceId, digest, file.campaigns().size(),
                file.models().size(), file.decisionsOrNone().size(), recognitions, commendations,
                file.indicatorsOrNone().size(), actor, now);
        record.persist();
        entityManager.flush();
        return new Outcome(record.summary, true);
    }

    /** Each model's decisions as its event tells them, oldest first; counts the recognitions by level. */
    private static Map<String, List<PastDecision>> pastDecisions(List<HistoryDecision> decisions, HistoryTimes times,
            Map<Level, Integer> recognitions) {
        Map<String, List<PastDecision>> byModel = new HashMap<>();
        List<HistoryDecision> oldestFirst = new ArrayList<>(decisions);
        oldestFirst.sort(java.util.Comparator.comparing(HistoryDecision::issuedOn)
                .thenComparing(HistoryDecision::level));
        for (HistoryDecision decision : oldestFirst) {
            Set<String> touched = new LinkedHashSet<>(decision.recognisesOrNone());
            Map<String, List<PastCommendation>> commended = new HashMap<>();
            for (HistoryCommendation c : decision.commendationsOrNone()) {
                touched.add(c.modelRef());
                commended.computeIfAbsent(c.modelRef(), ref -> new ArrayList<>()).add(new PastCommendation(c.form(),
                        c.grade(), c.recipientKind(), Text.nfc(c.recipientName()).trim(),
                        Text.nfc(c.achievement()).trim()));
            }
            Set<String> recognised = Set.copyOf(decision.recognisesOrNone());
            recognitions.merge(decision.level(), recognised.size(), Integer::sum);
            for (String ref : touched) {
                byModel.computeIfAbsent(ref, r -> new ArrayList<>()).add(new PastDecision(
                        Text.nfc(decision.number()).trim(), decision.issuedOn(),
                        times.at(decision.issuedOn(), HistoryTimes.DECIDED), decision.level(), decision.issuerId(),
                        Text.nfc(decision.signerName()).trim(), Text.nfc(decision.signerTitle()).trim(),
                        recognised.contains(ref), touched.size(), commended.getOrDefault(ref, List.of())));
            }
        }
        return byModel;
    }
}
