package vn.dvk.recognition.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.kit.outbox.Outbox;
import vn.dvk.recognition.events.DecisionIssued;
import vn.dvk.recognition.events.IssuerPath;
import vn.dvk.recognition.events.PastHistory;
import vn.dvk.recognition.events.PastHistory.PastCommendation;
import vn.dvk.recognition.events.PastHistory.PastDecision;
import vn.dvk.recognition.events.RecognitionEventTypes;

/**
 * Records what became of a model of a past cycle, as a history import tells it: the case its past submission
 * opened, each recognition (and the nomination that took it up a level) by its numbered decision, each commendation,
 * and the decision itself once every model it touched is recorded. Everything goes through the same steps, and is
 * announced by the same events, as a committee's live decisions, stamped with the decisions' days, so that nothing
 * downstream tells an imported past from a lived one. A model is recorded once: its event again changes nothing.
 */
@ApplicationScoped
public class PastRecognitions {

    private final Cases cases;
    private final CaseDecisions caseDecisions;
    private final Decisions decisions;
    private final Outbox outbox;
    private final EntityManager entityManager;

    public PastRecognitions(Cases cases, CaseDecisions caseDecisions, Decisions decisions, Outbox outbox,
            EntityManager entityManager) {
        this.cases = cases;
        this.caseDecisions = caseDecisions;
        this.decisions = decisions;
        this.outbox = outbox;
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(PastHistory history) {
        if (ReviewCase.findById(history.modelId()) != null) {
            return;
        }
        String actor = "history:" + history.importId();
        Set<Level> levels = Set.copyOf(history.levels());
        ReviewCase c = cases.openPast(history.importId(), history.modelId(), history.version(), history.campaignId(), history.title(),
                history.field(), history.kind(), history.path(), history.submittedAt(), history.levels());
        for (PastDecision past : history.decisions()) {
            Decision decision = decision(history, past, c, actor);
            if (past.recognises()) {
                if (c.level != past.level()) { // the committee below nominated it, for this decision to recognise
                    caseDecisions.recordPast(c, Action.NOMINATE, null, actor, c.reviewingOrgId(), past.issuedAt(),
                            levels);
                }
                caseDecisions.recordPast(c, Action.RECOGNIZE, decision, actor, past.issuerId(), past.issuedAt(),
                        levels);
                DecisionCase.record(decision.id, c.modelId, past.level());
            }
            for (PastCommendation commendation : past.commendations()) {
                decisions.award(decision, new CommendationTerms(commendation.form(),
                        commendation.grade() == null ? null : CommendationGrade.valueOf(commendation.grade()),
                        Commendation.RecipientKind.valueOf(commendation.recipientKind()),
                        commendation.recipientName(), c.unitId, c.modelId, commendation.achievement()), c.path());
            }
            if (recordedLast(decision.id)) {
                publish(decision, c, actor);
            }
        }
    }

    /**
     * The decision, created by the first of its models to arrive. Its row in {@code past_decision} is claimed
     * first: a model of the same decision arriving at once on another partition waits for this one's commit,
     * then finds the decision.
     */
    private Decision decision(PastHistory history, PastDecision past, ReviewCase c, String actor) {
        UUID id = idOf(history.importId(), past);
        entityManager.createNativeQuery("insert into {h-schema}past_decision (decision_id, import_id, parts) values (?1, ?2, ?3) "
                + "on conflict (decision_id) do nothing").setParameter(1, id).setParameter(2, history.importId())
                .setParameter(3, past.parts()).executeUpdate();
        Decision found = Decision.findById(id);
        if (found != null) {
            return found;
        }
        return decisions.create(id, new DecisionTerms(past.number(), past.issuedOn(), past.level(), past.signerName(),
                past.signerTitle(), ""), past.issuerId(), c.path(), actor, past.issuedAt());
    }

    /** Counts the model in its decision; whether it was the decision's last. */
    private boolean recordedLast(UUID decisionId) {
        Object[] counts = (Object[]) entityManager.createNativeQuery("update {h-schema}past_decision set recorded = recorded + 1 "
                + "where decision_id = ?1 returning recorded, parts").setParameter(1, decisionId).getSingleResult();
        return ((Number) counts[0]).intValue() == ((Number) counts[1]).intValue();
    }

    private void publish(Decision decision, ReviewCase c, String actor) {
        entityManager.flush(); // the decision's cases and commendations, for the queries below
        List<UUID> modelIds = decision.modelIds();
        List<UUID> commendationIds = decision.commendations().stream().map(commendation -> commendation.id).toList();
        outbox.append(RecognitionEventTypes.DECISION_ISSUED, decision.id.toString(), new DecisionIssued(decision.id,
                ++decision.eventSequence, decision.number, decision.issuedOn, decision.level, decision.issuerOrgId,
                decision.issuerName, IssuerPath.of(c.path(), decision.level), decision.signerName,
                decision.signerTitle, decision.legalBasis, modelIds, commendationIds, actor, decision.createdAt));
    }

    /** The same id for the decision from every model's event: the import, the issuer and the number name it. */
    private static UUID idOf(String importId, PastDecision past) {
        return UUID.nameUUIDFromBytes((importId + "\n" + past.issuerId() + "\n" + Decision.numberKey(past.number()))
                .getBytes(StandardCharsets.UTF_8));
    }
}
