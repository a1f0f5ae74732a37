package vn.dvk.recognition.domain;

import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The minutes ("biên bản") of a council's judgement of one case, produced from the recorded members, scores and
 * votes: nothing in them is typed by hand, so they always agree with what decided the case.
 */
public final class CouncilMinutes {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm 'UTC'");

    private CouncilMinutes() {
    }

    public static String of(Council council, ReviewCase reviewCase) {
        Map<String, CouncilVote> votes = CouncilVote.on(council.id, reviewCase.modelId).stream()
                .collect(Collectors.toMap(v -> v.sub, Function.identity()));
        Map<String, Scorecard> scores = Scorecard.of(reviewCase.modelId, council.level).stream()
                .collect(Collectors.toMap(s -> s.scorer, Function.identity()));
        CouncilTally tally = CouncilTally.of(council, reviewCase);
        Judgement judgement = Judgement.of(reviewCase);
        StringBuilder text = new StringBuilder();
        text.append("BIÊN BẢN HỌP ").append(council.name.toUpperCase()).append('\n')
                .append("Xét mô hình: ").append(reviewCase.title).append('\n')
                .append("Đơn vị: ").append(reviewCase.unitName).append(" – ").append(reviewCase.baseName).append('\n')
                .append("Cấp xét: ").append(council.level).append(" · Đợt: ").append(reviewCase.campaignId).append('\n')
                .append("Số thành viên: ").append(tally.members()).append(", trong đó ").append(tally.recused().size())
                .append(" thành viên không tham gia xét (cùng đơn vị có mô hình); túc số: ").append(council.quorum)
                .append("\n\nThành viên:\n");
        for (CouncilMember member : council.members) {
            text.append("- ").append(member.fullName);
            if (member.title != null) {
                text.append(", ").append(member.title);
            }
            if (member.chair) {
                text.append(" (chủ trì)");
            }
            if (member.isRecusedFrom(reviewCase)) {
                text.append(": không tham gia xét (cùng đơn vị có mô hình)\n");
                continue;
            }
            CouncilVote vote = votes.get(member.sub);
            Scorecard score = scores.get(member.sub);
            text.append(": ").append(vote == null ? "chưa biểu quyết" : switch (vote.vote) {
                case FOR -> "tán thành";
                case AGAINST -> "không tán thành";
                case ABSTAIN -> "không biểu quyết";
            });
            if (score != null) {
                text.append(", chấm ").append(score.total).append(" điểm");
            }
            if (vote != null) {
                text.append(" (").append(AT.format(vote.votedAt)).append(')');
            }
            text.append('\n');
        }
        text.append("\nKết quả biểu quyết: ").append(tally.votesFor()).append(" tán thành, ")
                .append(tally.votesAgainst()).append(" không tán thành, ").append(tally.abstentions())
                .append(" không biểu quyết, trên ").append(tally.eligible()).append(" thành viên được xét\n")
                .append("Điểm bình quân: ").append(judgement.averageScore() == null ? "chưa chấm"
                        : judgement.averageScore()).append(judgement.passThreshold() == null ? ""
                        : " (ngưỡng đạt " + judgement.passThreshold() + ")").append('\n')
                .append("Kết luận: ").append(judgement.unmet().map(u -> "chưa đủ điều kiện công nhận (" + u.vietnamese() + ")")
                        .orElse("đủ điều kiện đề nghị công nhận")).append('\n');
        return text.toString();
    }
}
