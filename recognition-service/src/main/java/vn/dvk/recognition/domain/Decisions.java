package vn.dvk.recognition.domain;

import static vn.dvk.recognition.domain.RecognitionMessages.levelName;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.contracts.vocabulary.OrgPath;
import vn.dvk.kit.audit.AuditLog;
import vn.dvk.kit.outbox.Outbox;
import vn.dvk.kit.problems.ConflictProblem;
import vn.dvk.kit.problems.ProblemType;
import vn.dvk.kit.text.Text;
import vn.dvk.kit.time.Moments;
import vn.dvk.recognition.audit.AuditAction;
import vn.dvk.recognition.certificates.Certificates;
import vn.dvk.recognition.events.CommendationAwarded;
import vn.dvk.recognition.events.DecisionIssued;
import vn.dvk.recognition.events.DecisionRef;
import vn.dvk.recognition.events.DecisionRevoked;
import vn.dvk.recognition.events.IssuerPath;
import vn.dvk.recognition.events.ModelRevoked;
import vn.dvk.recognition.events.RecognitionEventTypes;

/**
 * Issues and revokes numbered decisions. An issue recognises every case it names at its level and awards every
 * commendation, or, if any one of them cannot be taken, nothing at all (a 409 listing each refusal). The cases are
 * locked in id order, so two decisions racing for overlapping cases take turns: the second then finds the cases
 * recognised and is refused whole.
 */
@ApplicationScoped
public class Decisions {

    /** How long a decision waits for another that holds some of its cases (the test profile's default is short). */
    private static final String LOCK_WAIT = "30s";

    private final Outbox outbox;
    private final CaseDecisions caseDecisions;
    private final Certificates certificates;
    private final CommendationForms forms;
    private final AwardingBodies awardingBodies;
    private final DecisionDates dates;
    private final AuditLog audit;
    private final EntityManager entityManager;
    private final Clock clock;

    public Decisions(Outbox outbox, CaseDecisions caseDecisions, Certificates certificates, CommendationForms forms,
            AwardingBodies awardingBodies, DecisionDates dates, AuditLog audit, EntityManager entityManager,
            Clock clock) {
        this.awardingBodies = awardingBodies;
        this.dates = dates;
        this.clock = clock;
        this.outbox = outbox;
        this.caseDecisions = caseDecisions;
        this.certificates = certificates;
        this.forms = forms;
        this.audit = audit;
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Decision issue(DecisionTerms terms, List<UUID> modelIds, List<CommendationTerms> commendations,
            String actor, String issuerOrgId) {
        waitForLocks();
        dates.check(terms.issuedOn(), modelIds, commendations);
        if (Decision.numberTaken(issuerOrgId, terms.number())) {
            throw new ConflictProblem(RecognitionProblems.DUPLICATE_NUMBER,
                    RecognitionMessages.DECISION_NUMBER_TAKEN.text(terms.number()));
        }
        Level level = terms.level();
        Map<UUID, ReviewCase> cases = lock(modelIds);
        // the judgements of the cases awaiting recognition here, read together: a few queries, not three a case
        Map<UUID, Judgement> judgements = Judgement.ofCases(modelIds.stream().map(cases::get)
                .filter(c -> c != null && isIssuers(c, level, issuerOrgId) && awaitsRecognition(c, level)).toList());
        List<Refusal> refusals = new ArrayList<>();
        for (UUID id : modelIds) {
            ReviewCase c = cases.get(id);
            if (c == null || !isIssuers(c, level, issuerOrgId)) {
                refusals.add(Refusal.ofCase(id, RecognitionMessages.REFUSAL_NOT_ISSUERS_CASE.text(levelName(level))));
            } else if (!awaitsRecognition(c, level)) {
                refusals.add(Refusal.ofCase(id, RecognitionMessages.REFUSAL_NOT_AWAITING_RECOGNITION.text(levelName(level),
                        RecognitionMessages.stageName(c.stage), levelName(c.level))));
            } else {
                judgements.get(id).unmet().ifPresent(unmet -> refusals.add(Refusal.ofCase(id, unmet)));
            }
        }
        List<OrgPath> commendedPaths = checkCommendations(commendations, level, issuerOrgId, refusals);
        if (!refusals.isEmpty()) {
            throw new ConflictProblem(RecognitionProblems.CASES_NOT_READY,
                    RecognitionMessages.CASES_NOT_TAKEN.text(refusals.size()), refusals);
        }
        OrgPath issuerPath = !modelIds.isEmpty() ? cases.get(modelIds.get(0)).path() : commendedPaths.get(0);
        Decision decision = create(terms, issuerOrgId, issuerPath, actor);
        // Every row below is written in batches when the decision flushes, and its events in one batch: nothing
        // is inserted on its own (ids are assigned, or drawn from a pooled sequence), and each kind of row is
        // persisted in a loop of its own, so that the batches are not cut short by alternating tables.
        List<Outbox.Pending> events = new ArrayList<>();
        CaseLevel.load(modelIds, level);
        for (UUID id : modelIds) {
            caseDecisions.recognize(cases.get(id), decision, actor, issuerOrgId, events::add);
        }
        modelIds.forEach(id -> DecisionCase.record(decision.id, id, level));
        Map<String, String> campaignNames = new HashMap<>();
        for (UUID id : modelIds) {
            ReviewCase c = cases.get(id);
            certificates.recognition(decision, c, campaignNames.computeIfAbsent(c.campaignId, Campaign::nameOf));
        }
        List<UUID> commendationIds = new ArrayList<>();
        for (int i = 0; i < commendations.size(); i++) {
            commendationIds.add(award(decision, commendations.get(i), commendedPaths.get(i), events::add).id);
        }
        events.add(new Outbox.Pending(null, RecognitionEventTypes.DECISION_ISSUED, decision.id.toString(),
                new DecisionIssued(decision.id, ++decision.eventSequence, decision.number, decision.issuedOn, level,
                        issuerOrgId, decision.issuerName, IssuerPath.of(issuerPath, level), decision.signerName,
                        decision.signerTitle, decision.legalBasis, List.copyOf(modelIds), commendationIds, actor,
                        decision.createdAt)));
        outbox.appendAll(events);
        audit.record(AuditAction.DECISION_ISSUED, "decision", decision.id.toString(), decision.provinceId, null,
                DecisionSnapshot.of(decision, modelIds, commendationIds));
        return flushed(decision);
    }

    /** Revokes an issued decision: its recognitions (and any built on them) and its commendations are reversed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Decision revoke(Decision decision, String reason, String revokingNumber, String actor) {
        waitForLocks();
        if (decision.status == Decision.Status.REVOKED) {
            throw new ConflictProblem(RecognitionMessages.DECISION_ALREADY_REVOKED.text());
        }
        List<UUID> modelIds = decision.modelIds();
        List<Commendation> commendations = decision.commendations();
        DecisionSnapshot before = DecisionSnapshot.of(decision, modelIds, ids(commendations));
        OffsetDateTime now = Moments.utc(clock);
        String why = Text.nfc(reason);
        for (ReviewCase c : lock(modelIds).values()) {
            long sequence = c.revoke(decision.level, actor, why, now);
            outbox.append(RecognitionEventTypes.MODEL_REVOKED, c.modelId.toString(), new ModelRevoked(c.modelId,
                    sequence, c.campaignId, decision.level, c.recognizedLevel, DecisionRef.of(decision), why,
                    Text.nfc(revokingNumber), c.path(), actor, now));
        }
        commendations.forEach(commendation -> commendation.status = Commendation.Status.REVOKED);
        decision.status = Decision.Status.REVOKED;
        decision.revocationReason = why;
        decision.revokingNumber = Text.nfc(revokingNumber);
        decision.revokedBy = actor;
        decision.revokedAt = now;
        outbox.append(RecognitionEventTypes.DECISION_REVOKED, decision.id.toString(), new DecisionRevoked(decision.id,
                ++decision.eventSequence, decision.number, decision.level, decision.issuerOrgId,
                issuerPathOf(decision, modelIds, commendations), why, decision.revokingNumber, modelIds,
                ids(commendations), actor, now));
        audit.record(AuditAction.DECISION_REVOKED, "decision", decision.id.toString(), decision.provinceId, before,
                DecisionSnapshot.of(decision, modelIds, ids(commendations)));
        return flushed(decision);
    }

    private List<OrgPath> checkCommendations(List<CommendationTerms> commendations, Level level, String issuerOrgId,
            List<Refusal> refusals) {
        List<OrgPath> paths = new ArrayList<>();
        Set<String> achievements = new HashSet<>();
        for (int i = 0; i < commendations.size(); i++) {
            CommendationTerms t = commendations.get(i);
            ReviewCase ofUnit = t.modelId() != null ? ReviewCase.findById(t.modelId())
                    : ReviewCase.<ReviewCase>find("unitId", t.unitId()).firstResult();
            paths.add(ofUnit == null ? null : ofUnit.path());
            Optional<CommendationForms.Form> form = forms.form(t.form());
            String key = Commendation.achievementKey(t.modelId(), t.unitId(), t.recipientName(), t.achievement());
            if (form.isEmpty()) {
                refusals.add(Refusal.ofCommendation(i, t.modelId(), RecognitionMessages.REFUSAL_NO_SUCH_FORM.text(t.form(),
                        forms.forms().keySet())));
            } else if (!form.get().levels().contains(level)) {
                refusals.add(Refusal.ofCommendation(i, t.modelId(),
                        RecognitionMessages.REFUSAL_FORM_NOT_AT_LEVEL.text(form.get().name(), levelName(level))));
            } else if (!form.get().gradesOrNone().isEmpty() && !form.get().gradesOrNone().contains(t.grade())) {
                refusals.add(Refusal.ofCommendation(i, t.modelId(),
                        RecognitionMessages.REFUSAL_FORM_NEEDS_GRADE.text(form.get().name(), form.get().gradesOrNone())));
            } else if (form.get().gradesOrNone().isEmpty() && t.grade() != null) {
                refusals.add(Refusal.ofCommendation(i, t.modelId(),
                        RecognitionMessages.REFUSAL_FORM_HAS_NO_GRADES.text(form.get().name())));
            } else if (ofUnit == null || !issuerOrgId.equals(ofUnit.path().at(level).id())
                    || !ofUnit.unitId.equals(t.unitId())) {
                refusals.add(Refusal.ofCommendation(i, t.modelId(), t.modelId() != null
                        ? RecognitionMessages.REFUSAL_NO_MODEL_OF_UNIT.text(t.unitId())
                        : RecognitionMessages.REFUSAL_NO_UNIT.text(t.unitId())));
            } else if (Commendation.alreadyAwarded(level, key) || !achievements.add(key)) {
                refusals.add(Refusal.ofCommendation(i, t.modelId(),
                        RecognitionMessages.REFUSAL_ALREADY_COMMENDED.text(levelName(level))));
            }
        }
        return paths;
    }

    /** Awards the commendation the decision makes (its terms checked), announced on the decision's day. */
    Commendation award(Decision decision, CommendationTerms t, OrgPath path) {
        return award(decision, t, path, event -> outbox.append(event.type(), event.key(), event.payload()));
    }

    /** The same, its event given to {@code events} (in the order of the decision's others). */
    private Commendation award(Decision decision, CommendationTerms t, OrgPath path, Consumer<Outbox.Pending> events) {
        Commendation commendation = new Commendation();
        commendation.id = UUID.randomUUID();
        commendation.decisionId = decision.id;
        commendation.form = t.form();
        commendation.level = decision.level;
        commendation.recipientKind = t.recipientKind();
        commendation.recipientName = Text.nfc(t.recipientName()).trim();
        commendation.unitId = t.unitId();
        commendation.modelId = t.modelId();
        commendation.achievement = Text.nfc(t.achievement()).trim();
        commendation.grade = t.grade();
        commendation.awardingBody = awardingBodies.of(t.form(), decision.level, path).orElse(null);
        commendation.achievementKey = Commendation.achievementKey(t.modelId(), t.unitId(), t.recipientName(),
                t.achievement());
        commendation.status = Commendation.Status.AWARDED;
        commendation.awardedAt = decision.createdAt;
        commendation.persist();
        long sequence = 1;
        String key = commendation.id.toString();
        if (t.modelId() != null) {
            ReviewCase c = ReviewCase.findById(t.modelId());
            sequence = c.nextSequence();
            key = c.modelId.toString();
        }
        events.accept(new Outbox.Pending(null, RecognitionEventTypes.COMMENDATION_AWARDED, key,
                new CommendationAwarded(commendation.id, commendation.modelId, sequence, DecisionRef.of(decision),
                commendation.form, forms.nameOf(commendation.form), commendation.grade,
                commendation.grade == null ? null : commendation.grade.label(), commendation.awardingBody,
                commendation.level, commendation.recipientKind.name(), commendation.recipientName,
                commendation.achievement, path, commendation.awardedAt)));
        certificates.commendation(decision, commendation, path.unit().name());
        return commendation;
    }

    private Decision create(DecisionTerms terms, String issuerOrgId, OrgPath issuerPath, String actor) {
        return create(UUID.randomUUID(), terms, issuerOrgId, issuerPath, actor, Moments.utc(clock));
    }

    /**
     * A decision taken {@code at}: now, or on its day for a past one a history import records, whose id is given
     * (the same for every model of it, so each model's event finds the decision the first one created).
     */
    Decision create(UUID id, DecisionTerms terms, String issuerOrgId, OrgPath issuerPath, String actor,
            OffsetDateTime at) {
        Decision decision = new Decision();
        decision.id = id;
        decision.number = Text.nfc(terms.number()).trim();
        decision.numberKey = Decision.numberKey(terms.number());
        decision.issuerOrgId = issuerOrgId;
        decision.issuerName = issuerPath.at(terms.level()).name();
        decision.provinceId = issuerPath.province().id();
        decision.blocId = terms.level() == Level.PROVINCE ? null : issuerPath.bloc().id();
        decision.level = terms.level();
        decision.issuedOn = terms.issuedOn();
        decision.signerName = Text.nfc(terms.signerName()).trim();
        decision.signerTitle = Text.nfc(terms.signerTitle()).trim();
        decision.legalBasis = Text.nfc(terms.legalBasis()).trim();
        decision.status = Decision.Status.ISSUED;
        decision.createdBy = actor;
        decision.createdAt = at;
        decision.persist();
        return decision;
    }

    private IssuerPath issuerPathOf(Decision decision, List<UUID> modelIds, List<Commendation> commendations) {
        ReviewCase any = !modelIds.isEmpty() ? ReviewCase.findById(modelIds.get(0))
                : ReviewCase.<ReviewCase>find("unitId", commendations.get(0).unitId).firstResult();
        return IssuerPath.of(any.path(), decision.level);
    }

    private static boolean isIssuers(ReviewCase c, Level level, String issuerOrgId) {
        return issuerOrgId.equals(c.path().at(level).id());
    }

    private static boolean awaitsRecognition(ReviewCase c, Level level) {
        return c.level == level && c.stage == Stage.UNDER_REVIEW;
    }

    /** The cases, locked for this transaction in id order (so that concurrent decisions never deadlock). */
    private static Map<UUID, ReviewCase> lock(List<UUID> modelIds) {
        if (modelIds.isEmpty()) {
            return Map.of();
        }
        return ReviewCase.<ReviewCase>find("modelId in ?1 order by modelId", modelIds)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list().stream()
                .collect(Collectors.toMap(c -> c.modelId, Function.identity()));
    }

    /**
     * Prepares the transaction for a batch: waits for the locks of a concurrent decision, and flushes only at the
     * end (every query would otherwise first check each of the hundreds of entities the batch has changed).
     * Nothing the batch reads depends on what it wrote before; {@link #flushed} writes it all before the answer.
     */
    private void waitForLocks() {
        entityManager.createNativeQuery("set local lock_timeout = '" + LOCK_WAIT + "'").executeUpdate();
        entityManager.setFlushMode(FlushModeType.COMMIT);
    }

    private Decision flushed(Decision decision) {
        entityManager.flush();
        entityManager.setFlushMode(FlushModeType.AUTO);
        return decision;
    }

    private static List<UUID> ids(List<Commendation> commendations) {
        return commendations.stream().map(c -> c.id).toList();
    }

    /** What the audit trail keeps of a decision. */
    public record DecisionSnapshot(UUID id, String number, Level level, Decision.Status status, String reason,
            String revokingNumber, List<UUID> modelIds, List<UUID> commendationIds) {
        static DecisionSnapshot of(Decision d, List<UUID> modelIds, List<UUID> commendationIds) {
            return new DecisionSnapshot(d.id, d.number, d.level, d.status, d.revocationReason, d.revokingNumber,
                    modelIds, commendationIds);
        }
    }
}
