package vn.dvk.recognition.domain;

import io.smallrye.config.ConfigMapping;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.kit.problems.InvalidRequestProblem;

/**
 * The smallest council and quorum a committee may form at each level, under
 * {@code dvk.councils.<level>.min-members} and {@code .min-quorum} (set in application.properties): a council of one
 * decides nothing its committee could not, and a higher level's recognition weighs more. The values shipped (3/2 at
 * base, 5/3 at bloc, 7/4 at province) are odd sizes, so a full vote cannot tie, with a quorum that is a majority of
 * the smallest council; domain.md fixes only the share in favour (70%), not a size.
 */
@ConfigMapping(prefix = "dvk.councils")
public interface CouncilSizes {

    Minimums base();

    Minimums bloc();

    Minimums province();

    /** The smallest council and quorum of one level. */
    interface Minimums {
        /** The least number of members a council of the level has. */
        int minMembers();

        /** The least quorum a council of the level sets. */
        int minQuorum();
    }

    default Minimums at(Level level) {
        return switch (level) {
            case BASE -> base();
            case BLOC -> bloc();
            case PROVINCE -> province();
        };
    }

    /** Refuses (400, naming the field) a council smaller, or with a quorum lower, than the level allows. */
    default void check(Level level, int members, int quorum) {
        Minimums least = at(level);
        if (members < least.minMembers()) {
            throw InvalidRequestProblem.ofField("members", RecognitionMessages.COUNCIL_MEMBERS_AT_LEAST.text(
                    RecognitionMessages.levelName(level), least.minMembers()));
        }
        if (quorum < least.minQuorum()) {
            throw InvalidRequestProblem.ofField("quorum", RecognitionMessages.COUNCIL_QUORUM_AT_LEAST.text(
                    RecognitionMessages.levelName(level), least.minQuorum()));
        }
        if (quorum > members) {
            throw InvalidRequestProblem.ofField("quorum", RecognitionMessages.QUORUM_ABOVE_MEMBERS.text());
        }
    }
}
