package vn.dvk.recognition.documents;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.dvk.recognition.domain.Campaign;
import vn.dvk.recognition.domain.Council;
import vn.dvk.recognition.domain.CouncilMember;
import vn.dvk.recognition.domain.CouncilTally;
import vn.dvk.recognition.domain.CouncilVote;
import vn.dvk.recognition.domain.Judgement;
import vn.dvk.recognition.domain.ReviewCase;
import vn.dvk.recognition.domain.Scorecard;

/**
 * The minutes ("biên bản") of a council's judgement of one case, produced from the recorded members, scores and
 * votes: nothing in them is typed by hand, so they always agree with what decided the case. The meeting's time is
 * that of the first and the last score or vote, in the province's time zone; its place the committee's seat. The
 * secretary is the member whose title says "thư ký", else a blank to write the name in.
 */
public final class CouncilMinutes {

    private static final String EXEMPLAR = "EXEMPLAR";

    private CouncilMinutes() {
    }

    /**
     * @param zone the province's (dvk.time.zone)
     * @param today the province's date, printed when nobody has scored or voted yet
     */
    public static MinutesDocument of(Council council, ReviewCase reviewCase, ZoneId zone, LocalDate today) {
        List<CouncilVote> cast = CouncilVote.on(council.id, reviewCase.modelId);
        Map<String, CouncilVote> votes = cast.stream().collect(Collectors.toMap(v -> v.sub, Function.identity()));
        List<Scorecard> scorecards = Scorecard.of(reviewCase.modelId, council.level);
        Map<String, Scorecard> scores = scorecards.stream().collect(Collectors.toMap(s -> s.scorer, Function.identity()));
        Judgement judgement = Judgement.of(reviewCase);
        CouncilTally tally = judgement.council();
        PartyHeading heading = IssuerHeadings.of(council.level, reviewCase.path());
        List<ZonedDateTime> moments = Stream.concat(cast.stream().map(v -> v.votedAt),
                scorecards.stream().map(s -> s.scoredAt)).map(at -> at.atZoneSameInstant(zone))
                .sorted(Comparator.naturalOrder()).toList();
        Optional<CouncilMember> chair = council.members.stream().filter(m -> m.chair).findFirst();
        Optional<CouncilMember> secretary = council.members.stream().filter(m -> m.title != null
                && m.title.toLowerCase(VietnameseFormat.VIETNAMESE).contains(MinutesTexts.SECRETARY_TITLE)).findFirst();

        List<String> body = new ArrayList<>();
        body.add(time(moments));
        body.add(MinutesTexts.PLACE.formatted(heading.issuingBody()));
        body.add(chair.map(m -> MinutesTexts.CHAIR.formatted(nameAndTitle(m))).orElse(MinutesTexts.NO_CHAIR));
        body.add(MinutesTexts.SECRETARY.formatted(secretary.map(CouncilMinutes::nameAndTitle)
                .orElse(MinutesTexts.BLANK)));
        body.add(MinutesTexts.CAMPAIGN.formatted(Campaign.nameOf(reviewCase.campaignId)));
        body.add(MinutesTexts.LEVEL.formatted(VietnameseFormat.levelCapitalised(council.level)));
        body.add((EXEMPLAR.equals(reviewCase.kind) ? MinutesTexts.EXEMPLAR : MinutesTexts.MODEL)
                .formatted(reviewCase.title));
        body.add(MinutesTexts.UNIT.formatted(reviewCase.unitName, reviewCase.baseName));
        body.add(MinutesTexts.COMPOSITION.formatted(tally.members(), tally.recused().size(), council.quorum));
        body.add(MinutesTexts.MEMBERS);
        // the chair first, then the secretary, then the others as the council lists them
        List<CouncilMember> members = new ArrayList<>();
        chair.ifPresent(members::add);
        secretary.filter(m -> !members.contains(m)).ifPresent(members::add);
        council.members.stream().filter(m -> !members.contains(m)).forEach(members::add);
        for (CouncilMember member : members) {
            body.add(memberLine(member, reviewCase, votes.get(member.sub), scores.get(member.sub), zone));
        }
        body.add(MinutesTexts.TALLY.formatted(tally.votesFor(), tally.votesAgainst(), tally.abstentions(),
                tally.eligible()));
        body.add(MinutesTexts.AVERAGE.formatted(judgement.averageScore() == null ? MinutesTexts.NOT_SCORED_YET
                : VietnameseFormat.number(judgement.averageScore()))
                + (judgement.passThreshold() == null ? "" : MinutesTexts.THRESHOLD.formatted(judgement.passThreshold())));
        body.add(judgement.shortfall().map(shortfall -> MinutesTexts.UNMET.formatted(reason(shortfall, judgement)))
                .orElse(MinutesTexts.MET));

        List<String> title = List.of(MinutesTexts.TITLE, MinutesTexts.MEETING.formatted(council.name),
                MinutesTexts.ABOUT.formatted(VietnameseFormat.level(council.level)));
        LocalDate date = moments.isEmpty() ? today : moments.get(moments.size() - 1).toLocalDate();
        return new MinutesDocument(heading, date, title, body,
                secretary.map(m -> m.fullName).orElse(MinutesTexts.BLANK),
                chair.map(m -> m.fullName).orElse(MinutesTexts.BLANK));
    }

    private static String time(List<ZonedDateTime> moments) {
        if (moments.isEmpty()) {
            return MinutesTexts.TIME_NONE;
        }
        ZonedDateTime first = moments.get(0);
        ZonedDateTime last = moments.get(moments.size() - 1);
        return first.toLocalDate().equals(last.toLocalDate())
                ? MinutesTexts.TIME_SAME_DAY.formatted(first.getHour(), first.getMinute(), last.getHour(),
                        last.getMinute(), VietnameseFormat.date(first.toLocalDate()))
                : MinutesTexts.TIME_SPAN.formatted(VietnameseFormat.time(first), VietnameseFormat.time(last));
    }

    private static String memberLine(CouncilMember member, ReviewCase reviewCase, CouncilVote vote, Scorecard score,
            ZoneId zone) {
        StringBuilder line = new StringBuilder(nameAndTitle(member));
        if (member.chair) {
            line.append(MinutesTexts.MEMBER_CHAIR);
        }
        if (member.isRecusedFrom(reviewCase)) {
            return MinutesTexts.MEMBER.formatted(line.append(MinutesTexts.RECUSED));
        }
        line.append(": ").append(vote == null ? MinutesTexts.NO_VOTE : switch (vote.vote) {
            case FOR -> MinutesTexts.FOR;
            case AGAINST -> MinutesTexts.AGAINST;
            case ABSTAIN -> MinutesTexts.ABSTAIN;
        });
        if (score != null) {
            line.append(MinutesTexts.SCORED.formatted(VietnameseFormat.number(score.total)));
        }
        if (vote != null) {
            line.append(MinutesTexts.AT.formatted(VietnameseFormat.time(vote.votedAt.atZoneSameInstant(zone))));
        }
        return MinutesTexts.MEMBER.formatted(line);
    }

    private static String nameAndTitle(CouncilMember member) {
        return member.fullName + (member.title != null ? MinutesTexts.MEMBER_TITLE.formatted(member.title) : "");
    }

    private static String reason(Judgement.Shortfall shortfall, Judgement judgement) {
        CouncilTally council = judgement.council();
        return switch (shortfall) {
            case NO_COUNCIL -> MinutesTexts.NO_COUNCIL;
            case NO_QUORUM -> MinutesTexts.NO_QUORUM.formatted(council.voted(), council.quorum());
            case NOT_IN_FAVOUR -> MinutesTexts.NOT_IN_FAVOUR.formatted(Council.PERCENT_IN_FAVOUR_NEEDED,
                    council.votesFor(), council.eligible());
            case NOT_SCORED -> MinutesTexts.NOT_SCORED;
            case BELOW_THRESHOLD -> MinutesTexts.BELOW_THRESHOLD.formatted(
                    VietnameseFormat.number(judgement.averageScore()), judgement.passThreshold());
        };
    }
}
