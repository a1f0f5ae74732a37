package vn.dvk.recognition.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.kit.problems.ConflictProblem;
import vn.dvk.kit.problems.InvalidRequestProblem;
import vn.dvk.kit.time.Moments;

/**
 * Forms and changes councils. A council is no larger and its quorum no lower than its level allows; its members
 * each come from the committee's organisation or one below it in the tree, each once, one of them at most its chair.
 * A member who has voted stays, from the organisation they voted from: their vote must keep meaning what it meant.
 */
@ApplicationScoped
public class Councils {

    private final CouncilSizes sizes;
    private final Clock clock;

    public Councils(CouncilSizes sizes, Clock clock) {
        this.sizes = sizes;
        this.clock = clock;
    }

    /** The checks that need nothing stored: size, quorum, each member once, one chair at most (400, naming the field). */
    public void checkShape(Level level, int quorum, List<CouncilMember> members) {
        sizes.check(level, members.size(), quorum);
        if (members.stream().map(m -> m.sub).distinct().count() != members.size()) {
            throw InvalidRequestProblem.ofField("members", RecognitionMessages.MEMBER_NAMED_TWICE.text());
        }
        if (members.stream().filter(m -> m.chair).count() > 1) {
            throw InvalidRequestProblem.ofField("members", RecognitionMessages.MORE_THAN_ONE_CHAIR.text());
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Council form(Campaign campaign, Level level, String committeeId, String name, int quorum,
            List<CouncilMember> members, String createdBy) {
        checkShape(level, quorum, members);
        if (!OrganisationTree.isAt(level, committeeId, campaign.provinceId)) {
            throw InvalidRequestProblem.ofField("organisationId",
                    RecognitionMessages.NOT_A_COMMITTEE_AT_LEVEL.text(RecognitionMessages.levelName(level)));
        }
        requireInCommittee(members, committeeId, campaign.provinceId, Set.of());
        if (Council.count("campaignId = ?1 and level = ?2 and organisationId = ?3", campaign.id, level,
                committeeId) > 0) {
            throw new ConflictProblem(RecognitionMessages.COMMITTEE_HAS_COUNCIL.text());
        }
        Council council = new Council();
        council.id = UUID.randomUUID();
        council.campaignId = campaign.id;
        council.level = level;
        council.organisationId = committeeId;
        council.name = name;
        council.quorum = quorum;
        council.createdBy = createdBy;
        council.createdAt = Moments.utc(clock);
        for (CouncilMember member : members) {
            member.councilId = council.id;
            council.members.add(member);
        }
        council.persist();
        return council;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Council change(Council council, String provinceId, String name, int quorum, List<CouncilMember> members) {
        checkShape(council.level, quorum, members);
        Map<String, CouncilMember> seated = council.members.stream()
                .collect(Collectors.toMap(m -> m.sub, Function.identity()));
        requireInCommittee(members, council.organisationId, provinceId, seated.keySet());
        Map<String, CouncilMember> wanted = members.stream().collect(Collectors.toMap(m -> m.sub, Function.identity()));
        for (CouncilMember member : List.copyOf(council.members)) {
            CouncilMember next = wanted.get(member.sub);
            boolean leavesOrMoves = next == null || !next.orgId.equals(member.orgId);
            if (leavesOrMoves && CouncilVote.count("councilId = ?1 and sub = ?2", council.id, member.sub) > 0) {
                throw new ConflictProblem(RecognitionMessages.MEMBER_HAS_VOTED.text(member.fullName));
            }
            if (next == null) {
                council.members.remove(member);
                member.delete();
            } else {
                member.username = next.username;
                member.fullName = next.fullName;
                member.title = next.title;
                member.orgId = next.orgId;
                member.chair = next.chair;
            }
        }
        for (CouncilMember member : members) {
            if (!seated.containsKey(member.sub)) {
                member.councilId = council.id;
                member.persist();
                council.members.add(member);
            }
        }
        council.name = name;
        council.quorum = quorum;
        // a change of members alone does not touch the council's row: its version moves all the same, for the ETag
        Council.getEntityManager().lock(council, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return council;
    }

    /**
     * Each member's organisation is the committee's or one below it (400 naming the member otherwise). A key from
     * before councils were keyed by subject may only be one already seated: it stays, it is never seated anew.
     */
    private static void requireInCommittee(List<CouncilMember> members, String committeeId, String provinceId,
            Set<String> seated) {
        Set<String> checked = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            CouncilMember member = members.get(i);
            if (member.sub.startsWith(CouncilMember.UNBOUND) && !seated.contains(member.sub)) {
                throw InvalidRequestProblem.ofField("members[" + i + "].sub", RecognitionMessages.NOT_A_SUBJECT.text());
            }
            if (checked.add(member.orgId) && !OrganisationTree.isWithin(member.orgId, committeeId, provinceId)) {
                throw InvalidRequestProblem.ofField("members[" + i + "].orgId",
                        RecognitionMessages.NOT_WITHIN_COMMITTEE.text());
            }
        }
    }
}
