package vn.dvk.recognition.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import vn.dvk.kit.problems.BilingualText;

/**
 * Checks a decision's date before anything is written: not after today (the service's clock, in the province's
 * time zone, so that a decision signed this morning in Hà Nội is not "tomorrow" in UTC), and not before any model
 * it recognises or commends had started, which would make the record say a model was recognised before it existed.
 * A model whose start the registry never published is not held against the date.
 */
@ApplicationScoped
public class DecisionDates {

    private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Clock clock;

    public DecisionDates(Clock clock) {
        this.clock = clock;
    }

    public void check(LocalDate issuedOn, List<UUID> modelIds, List<CommendationTerms> commendations) {
        LocalDate today = LocalDate.now(clock);
        if (issuedOn.isAfter(today)) {
            throw new DecisionDateProblem(BilingualText.of(
                    "Ngày quyết định " + VIETNAMESE.format(issuedOn) + " sau ngày hôm nay (" + VIETNAMESE.format(today)
                            + "): không thể ghi một quyết định chưa ban hành; không có gì được ghi",
                    "The decision date " + issuedOn + " is after today (" + today
                            + "): a decision not yet issued cannot be recorded; nothing was recorded"));
        }
        Set<UUID> models = new LinkedHashSet<>(modelIds);
        commendations.stream().map(CommendationTerms::modelId).filter(Objects::nonNull).forEach(models::add);
        ModelStart.known(models).stream().filter(start -> issuedOn.isBefore(start.startedOn))
                .max(Comparator.comparing((ModelStart start) -> start.startedOn).thenComparing(start -> start.modelId))
                .ifPresent(start -> {
                    throw new DecisionDateProblem(BilingualText.of(
                            "Ngày quyết định " + VIETNAMESE.format(issuedOn) + " trước ngày mô hình " + start.modelId
                                    + " bắt đầu thực hiện (" + VIETNAMESE.format(start.startedOn)
                                    + "): không thể công nhận hoặc khen thưởng mô hình trước khi có mô hình; "
                                    + "không có gì được ghi",
                            "The decision date " + issuedOn + " is before model " + start.modelId + " started ("
                                    + start.startedOn + "): a model cannot be recognised or commended before it "
                                    + "existed; nothing was recorded"));
                });
    }
}
