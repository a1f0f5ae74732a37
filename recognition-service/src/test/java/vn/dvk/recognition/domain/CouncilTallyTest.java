package vn.dvk.recognition.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dvk.contracts.vocabulary.Level;

/**
 * A council's tally of a case: quorum, the 70% of eligible members in favour, ties, abstentions, and recusal by the
 * organisation a member comes from. The case is unit u-1's, under base b-1, bloc k-1 and province p-1; x and y are
 * organisations the model does not belong to.
 */
@Tag("unit")
class CouncilTallyTest {

    @ParameterizedTest(name = "[{index}] {0}: {1} quorum {2}, votes {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # level  | members (sub@org)              | quorum | votes (sub=choice)                      | recused | eligible | voted | for | against | abstain | quorum reached | in favour
            # quorum and share in favour
            BASE     | m1@x m2@x m3@x                 | 2      | m1=FOR m2=FOR m3=FOR                    | ''      | 3        | 3     | 3   | 0       | 0       | true           | true
            BASE     | m1@x m2@x m3@x                 | 2      | m1=FOR m2=FOR                           | ''      | 3        | 2     | 2   | 0       | 0       | true           | false
            BASE     | m1@x m2@x m3@x                 | 3      | m1=FOR m2=FOR                           | ''      | 3        | 2     | 2   | 0       | 0       | false          | false
            BASE     | m1@x m2@x m3@x                 | 2      | ''                                      | ''      | 3        | 0     | 0   | 0       | 0       | false          | false
            BASE     | m1@x m2@x m3@x m4@x m5@x       | 4      | m1=FOR m2=FOR m3=FOR m4=FOR             | ''      | 5        | 4     | 4   | 0       | 0       | true           | true
            BASE     | m1@x m2@x m3@x m4@x m5@x       | 4      | m1=FOR m2=FOR m3=FOR                    | ''      | 5        | 3     | 3   | 0       | 0       | false          | false
            # exactly 70% of the eligible members in favour passes; one fewer does not
            BASE     | m0@x m1@x m2@x m3@x m4@x m5@x m6@x m7@x m8@x m9@x | 6 | m0=FOR m1=FOR m2=FOR m3=FOR m4=FOR m5=FOR m6=FOR m7=AGAINST | '' | 10 | 8 | 7 | 1 | 0 | true | true
            BASE     | m0@x m1@x m2@x m3@x m4@x m5@x m6@x m7@x m8@x m9@x | 6 | m0=FOR m1=FOR m2=FOR m3=FOR m4=FOR m5=FOR m6=AGAINST m7=AGAINST | '' | 10 | 8 | 6 | 2 | 0 | true | false
            # the share counts the eligible members, not those who voted: abstaining or staying away is not a yes
            BASE     | m1@x m2@x m3@x m4@x m5@x       | 4      | m1=FOR m2=FOR m3=FOR m4=ABSTAIN         | ''      | 5        | 4     | 3   | 0       | 1       | true           | false
            BASE     | m1@x m2@x m3@x m4@x m5@x m6@x m7@x m8@x m9@x m10@x | 3 | m1=FOR m2=FOR m3=FOR             | ''      | 10       | 3     | 3   | 0       | 0       | true           | false
            # a tie is not a majority
            BASE     | m1@x m2@x m3@x m4@x            | 4      | m1=FOR m2=FOR m3=AGAINST m4=AGAINST     | ''      | 4        | 4     | 2   | 2       | 0       | true           | false
            # recusal: the unit always, the organisations below the level judging, never the one judging
            BASE     | m1@u-1 m2@b-1 m3@x m4@y        | 3      | m1=FOR m2=FOR m3=FOR m4=FOR             | m1      | 3        | 3     | 3   | 0       | 0       | true           | true
            BLOC     | m1@u-1 m2@b-1 m3@k-1 m4@x m5@y | 3      | m1=FOR m2=FOR m3=FOR m4=FOR m5=FOR      | m1 m2   | 3        | 3     | 3   | 0       | 0       | true           | true
            BLOC     | m1@u-1 m2@b-1 m3@k-1 m4@x m5@y | 3      | m1=FOR m2=FOR m3=FOR m4=AGAINST         | m1 m2   | 3        | 2     | 1   | 1       | 0       | false          | false
            PROVINCE | m1@u-1 m2@b-1 m3@k-1 m4@p-1 m5@x m6@y | 3 | m1=FOR m2=FOR m3=FOR m4=FOR m5=FOR m6=FOR | m1 m2 m3 | 3      | 3     | 3   | 0       | 0       | true           | true
            PROVINCE | m1@u-1 m2@b-1 m3@k-1 m4@p-1 m5@x m6@y | 3 | m1=FOR m2=FOR m3=FOR m4=AGAINST         | m1 m2 m3 | 3      | 1     | 0   | 1       | 0       | false          | false
            # a council whose every member is recused can pass nothing
            BASE     | m1@u-1 m2@u-1                  | 1      | m1=FOR m2=FOR                           | m1 m2   | 0        | 0     | 0   | 0       | 0       | false          | false
            """)
    void tallies(Level level, String members, int quorum, String votes, String recused, int eligible, int voted,
            int votesFor, int votesAgainst, int abstentions, boolean quorumReached, boolean inFavour) {
        Council council = council(members, quorum);

        CouncilTally tally = CouncilTally.of(council, ReviewCaseTransitionsTest.caseAt(Stage.UNDER_REVIEW, level),
                votes(council, votes));

        assertEquals(new CouncilTally(council.id, council.name, council.members.size(), words(recused), eligible,
                quorum, voted, votesFor, votesAgainst, abstentions, quorumReached, inFavour, tally.ballots()), tally);
        assertEquals(quorumReached && inFavour, tally.passed());
    }

    @Test
    void eachMembersBallotShowsTheVoteThatCountsAndWhoIsRecused() {
        Council council = council("m1@u-1 m2@x m3@x", 2);

        CouncilTally tally = CouncilTally.of(council, ReviewCaseTransitionsTest.caseAt(Stage.UNDER_REVIEW, Level.BASE),
                votes(council, "m1=FOR m2=AGAINST"));

        assertEquals(List.of(new CouncilTally.Ballot("m1", "m1", true, null),
                new CouncilTally.Ballot("m2", "m2", false, CouncilVote.Choice.AGAINST),
                new CouncilTally.Ballot("m3", "m3", false, null)), tally.ballots());
    }

    static Council council(String members, int quorum) {
        Council council = new Council();
        council.id = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
        council.name = "Hội đồng";
        council.quorum = quorum;
        for (String member : words(members)) {
            CouncilMember m = new CouncilMember();
            m.councilId = council.id;
            m.sub = member.substring(0, member.indexOf('@'));
            m.orgId = member.substring(member.indexOf('@') + 1);
            m.fullName = m.sub;
            council.members.add(m);
        }
        return council;
    }

    static List<CouncilVote> votes(Council council, String votes) {
        return words(votes).stream().map(v -> {
            CouncilVote vote = new CouncilVote();
            vote.councilId = council.id;
            vote.sub = v.substring(0, v.indexOf('='));
            vote.vote = CouncilVote.Choice.valueOf(v.substring(v.indexOf('=') + 1));
            return vote;
        }).toList();
    }

    static List<String> words(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.trim().split("\\s+"));
    }
}
