package vn.dvk.recognition.domain;

import java.util.List;
import java.util.UUID;

/**
 * Where a council's vote on a case stands. Recused members count neither towards the quorum nor in the share in
 * favour; recognition needs the quorum and at least 70% of the eligible members in favour.
 *
 * @param recused the subjects of the members recused
 * @param eligible the members not recused
 * @param voted the eligible members who voted (any choice): what the quorum counts
 * @param ballots each member in the council's order, recused or not, with the vote that counts: what the minutes
 *        record, for a screen to show who voted how without reading the minutes
 */
public record CouncilTally(UUID councilId, String name, int members, List<String> recused, int eligible, int quorum,
        int voted, int votesFor, int votesAgainst, int abstentions, boolean quorumReached, boolean inFavour,
        List<Ballot> ballots) {

    /**
     * One member's place in the vote.
     *
     * @param recused the model is the member's organisation's: they neither vote nor count
     * @param vote the member's vote; null while they have not voted, and for a recused member
     */
    public record Ballot(String sub, String fullName, boolean recused, CouncilVote.Choice vote) {
    }

    static CouncilTally of(Council council, ReviewCase reviewCase) {
        return of(council, reviewCase, CouncilVote.on(council.id, reviewCase.modelId));
    }

    /** The tally of the votes cast on the case (read by the caller): the rules alone, without a database. */
    static CouncilTally of(Council council, ReviewCase reviewCase, List<CouncilVote> cast) {
        List<String> recused = council.members.stream().filter(m -> m.isRecusedFrom(reviewCase))
                .map(m -> m.sub).toList();
        List<CouncilVote> votes = cast.stream().filter(v -> !recused.contains(v.sub)).toList();
        int eligible = council.members.size() - recused.size();
        int votesFor = count(votes, CouncilVote.Choice.FOR);
        boolean quorumReached = votes.size() >= council.quorum;
        boolean inFavour = eligible > 0 && votesFor * 100 >= Council.PERCENT_IN_FAVOUR_NEEDED * eligible;
        return new CouncilTally(council.id, council.name, council.members.size(), recused, eligible, council.quorum,
                votes.size(), votesFor, count(votes, CouncilVote.Choice.AGAINST), count(votes, CouncilVote.Choice.ABSTAIN),
                quorumReached, inFavour, ballots(council, recused, votes));
    }

    private static List<Ballot> ballots(Council council, List<String> recused, List<CouncilVote> counted) {
        return council.members.stream().map(m -> new Ballot(m.sub, m.fullName, recused.contains(m.sub),
                counted.stream().filter(v -> v.sub.equals(m.sub)).map(v -> v.vote).findFirst().orElse(null))).toList();
    }

    public boolean passed() {
        return quorumReached && inFavour;
    }

    private static int count(List<CouncilVote> votes, CouncilVote.Choice choice) {
        return (int) votes.stream().filter(v -> v.vote == choice).count();
    }
}
