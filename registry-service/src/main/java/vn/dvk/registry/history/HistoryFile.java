package vn.dvk.registry.history;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.dvk.contracts.vocabulary.Codes;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.registry.domain.CampaignDefinition;
import vn.dvk.registry.domain.ModelContent;

/**
 * A past cycle of a movement as a province kept it (nhập lịch sử): its campaigns, the models registered in them, the
 * numbered decisions that recognised models at each level and the commendations they awarded, and units' monthly
 * figures. The organisations it names are those of the province's tree, imported before through
 * {@code POST /api/v1/organisations/import}. Everything is imported or nothing.
 */
@Schema(description = "A past cycle: campaigns, models, decisions with their commendations, monthly figures")
public record HistoryFile(
        @NotNull @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
        @Schema(description = "Names the file: importing it again answers what the first import did",
                examples = "kg-dvk-2021-2023")
        String importId,
        @NotNull @Size(max = 20) List<@Valid @NotNull CampaignDefinition> campaigns,
        @NotNull @Size(max = 20_000) List<@Valid @NotNull HistoryModel> models,
        @Size(max = 5_000) List<@Valid @NotNull HistoryDecision> decisions,
        @Size(max = 50_000) List<@Valid @NotNull HistoryFigures> indicators) {

    public List<HistoryDecision> decisionsOrNone() {
        return decisions == null ? List.of() : decisions;
    }

    public List<HistoryFigures> indicatorsOrNone() {
        return indicators == null ? List.of() : indicators;
    }

    /** A model a unit registered then: its record, and the day it was submitted to its base committee. */
    public record HistoryModel(
            @NotNull @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
            @Schema(description = "The file's own name for the model, which decisions refer to", examples = "kg-m-0001")
            String ref,
            @NotNull @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String unitId,
            @NotNull @Schema(examples = "2021-06-15") LocalDate submittedOn,
            @NotNull @Valid ModelContent content) {
    }

    /** A numbered decision of the committee at {@code level} of {@code issuerId}. */
    public record HistoryDecision(
            @NotBlank @Size(max = 100) @Schema(examples = "125-QĐ/ĐUK") String number,
            @NotNull @Schema(examples = "2022-12-20") LocalDate issuedOn,
            @NotNull Level level,
            @NotNull @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String issuerId,
            @NotBlank @Size(max = 200) String signerName,
            @NotBlank @Size(max = 200) String signerTitle,
            @Size(max = 20_000) List<@NotNull @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String> recognises,
            @Size(max = 20_000) List<@Valid @NotNull HistoryCommendation> commendations) {

        public List<String> recognisesOrNone() {
            return recognises == null ? List.of() : recognises;
        }

        public List<HistoryCommendation> commendationsOrNone() {
            return commendations == null ? List.of() : commendations;
        }
    }

    /** A commendation the decision awarded for one of the file's models. */
    public record HistoryCommendation(
            @NotNull @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String modelRef,
            @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{1,31}") @Schema(examples = "GIAY_KHEN") String form,
            @Pattern(regexp = "ACHIEVEMENT|OUTSTANDING") String grade,
            @NotNull @Pattern(regexp = "COLLECTIVE|INDIVIDUAL") String recipientKind,
            @NotBlank @Size(max = 300) String recipientName,
            @NotBlank @Size(max = 2_000) String achievement) {
    }

    /** An organisation's figures for one past month, as {@code PUT …/indicators/{month}} takes them. */
    public record HistoryFigures(
            @NotNull @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String organisationId,
            @NotNull @Pattern(regexp = "\\d{4}-\\d{2}") @Schema(examples = "2019-03") String period,
            @NotNull @Min(0) @Max(1_000_000) Integer directiveDocuments,
            @NotNull @Min(0) @Max(1_000_000) Integer dialogues,
            @NotNull @Min(0) @Max(1_000_000) Integer complaintsReceived,
            @NotNull @Min(0) @Max(1_000_000) Integer complaintsResolved) {
    }
}
