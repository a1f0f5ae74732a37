package vn.dvk.recognition.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.recognition.domain.Commendation;
import vn.dvk.recognition.domain.CommendationGrade;
import vn.dvk.recognition.domain.CommendationTerms;
import vn.dvk.recognition.domain.DecisionTerms;

/**
 * A numbered decision of the caller's committee: the models it recognises at its level, and the commendations it
 * awards; at least one of either.
 *
 * @param number as printed, e.g. "125-QĐ/ĐUK"; one number per issuer
 * @param legalBasis the documents the decision rests on ("Căn cứ …")
 */
public record DecisionRequest(
        @NotBlank @Size(max = 64) String number,
        @NotNull LocalDate issuedOn,
        @NotNull Level level,
        @NotBlank @Size(max = 200) String signerName,
        @NotBlank @Size(max = 200) String signerTitle,
        @NotBlank @Size(max = 4_000) String legalBasis,
        @Size(max = 2_000) List<@NotNull UUID> modelIds,
        @Size(max = 1_000) List<@Valid @NotNull CommendationRequest> commendations) {

    /**
     * One commendation: a form to a collective or an individual of a unit, for a model or an achievement.
     *
     * @param grade required for a form with grades (giấy khen: ACHIEVEMENT or OUTSTANDING), absent otherwise
     */
    public record CommendationRequest(
            @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{0,31}") String form,
            CommendationGrade grade,
            @NotNull Commendation.RecipientKind recipientKind,
            @NotBlank @Size(max = 300) String recipientName,
            @NotBlank @Size(max = 64) String unitId,
            UUID modelId,
            @NotBlank @Size(max = 2_000) String achievement) {

        CommendationTerms terms() {
            return new CommendationTerms(form, grade, recipientKind, recipientName, unitId, modelId, achievement);
        }
    }

    DecisionTerms terms() {
        return new DecisionTerms(number, issuedOn, level, signerName, signerTitle, legalBasis);
    }

    List<UUID> models() {
        return modelIds == null ? List.of() : modelIds;
    }

    List<CommendationTerms> commendationTerms() {
        return commendations == null ? List.of() : commendations.stream().map(CommendationRequest::terms).toList();
    }
}
