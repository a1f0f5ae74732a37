package vn.dvk.registry.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.dvk.contracts.vocabulary.Codes;
import vn.dvk.kit.problems.ConstraintMessages;
import vn.dvk.kit.problems.Problem;
import vn.dvk.kit.text.Text;

/**
 * What a unit writes about its model: the body of a draft and of every edit, and what each submission freezes
 * as a version. A draft may be incomplete; {@link #missingForSubmission()} names what a submission needs.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ModelContent(
        @NotNull @Pattern(regexp = Codes.PATTERN, message = ConstraintMessages.CODE_FORMAT)
        @Schema(description = "The campaign the model is registered in; it stays there", examples = "dvk-2026")
        String campaignId,
        @NotNull ModelKind kind,
        @NotNull Field field,
        @NotNull OwnerKind ownerKind,
        @Size(max = 200) @Schema(description = "The individual's full name (required for INDIVIDUAL), or the collective's name",
                examples = "Nguyễn Thị Hồng Nhung")
        String ownerName,
        @Size(max = 200) @Schema(examples = "Điều dưỡng trưởng Khoa Nhi")
        String ownerPosition,
        @NotBlank @Size(max = 300) @Schema(examples = "Mô hình \"Dân vận khéo\" trong chăm sóc người bệnh")
        String title,
        @Size(max = 10_000) String summary,
        @Size(max = 10_000) @Schema(description = "What the model sets out to achieve") String goals,
        @Size(max = 10_000) @Schema(description = "How it is carried out") String implementation,
        @Size(max = 10_000) @Schema(description = "Results so far") String results,
        @PastOrPresent LocalDate startedOn,
        @Size(max = 1_000) @Schema(description = "The assigned task (nhiệm vụ được giao) the model is tied to")
        String assignedTask,
        @Schema(description = "The model this one replicates (nhân rộng); it must be visible to the caller")
        UUID replicatesModelId,
        @Size(max = 20) List<@NotBlank @Size(max = 50) String> tags) {

    /** The same content as the registry keeps it: text NFC-normalised and trimmed, tags unique, in order. */
    public ModelContent normalised() {
        List<String> cleanTags = tags == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(tags.stream().map(Text::nfc).toList()));
        return new ModelContent(campaignId, kind, field, ownerKind, Text.nfc(ownerName), Text.nfc(ownerPosition),
                Text.nfc(title), Text.nfc(summary), Text.nfc(goals), Text.nfc(implementation), Text.nfc(results),
                startedOn, Text.nfc(assignedTask), replicatesModelId, cleanTags);
    }

    /** The rules across fields the content breaks: an individual owner needs a name. */
    public List<Problem.Violation> inconsistencies() {
        return ownerKind == OwnerKind.INDIVIDUAL && isBlank(ownerName)
                ? List.of(new Problem.Violation("ownerName", RegistryMessages.OWNER_NAME_REQUIRED.text())) : List.of();
    }

    /** The fields a submission needs that the draft leaves empty. */
    public List<String> missingForSubmission() {
        return submissionViolations().stream().map(Problem.Violation::field).toList();
    }

    /**
     * What a submission needs that the draft leaves empty or inconsistent, each at its field, so a form shows the
     * message where the field is.
     */
    public List<Problem.Violation> submissionViolations() {
        List<Problem.Violation> missing = new ArrayList<>();
        if (isBlank(summary)) {
            missing.add(requiredForSubmission("summary"));
        }
        if (isBlank(goals)) {
            missing.add(requiredForSubmission("goals"));
        }
        if (isBlank(implementation)) {
            missing.add(requiredForSubmission("implementation"));
        }
        if (startedOn == null) {
            missing.add(requiredForSubmission("startedOn"));
        }
        missing.addAll(inconsistencies());
        return missing;
    }

    private static Problem.Violation requiredForSubmission(String field) {
        return new Problem.Violation(field, RegistryMessages.REQUIRED_FOR_SUBMISSION.text());
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
