package vn.dvk.recognition.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Locale;
import java.util.UUID;
import vn.dvk.kit.problems.BilingualText;
import vn.dvk.kit.problems.Languages;
import vn.dvk.kit.problems.WordedPart;

/**
 * Why a decision cannot take one of its cases or commendations: what the 409 of a refused decision lists, so that
 * the committee can drop or fix exactly those. The reason is worded in the client's language when the problem is
 * answered (the {@code wording} holds both; it is not part of the body).
 *
 * @param commendation the index of the refused commendation in the request, for a commendation
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Refusal(UUID modelId, Integer commendation, String reason, @JsonIgnore BilingualText wording)
        implements WordedPart<Refusal> {

    static Refusal ofCase(UUID modelId, BilingualText reason) {
        return new Refusal(modelId, null, reason.in(Languages.VIETNAMESE), reason);
    }

    static Refusal ofCommendation(int index, UUID modelId, BilingualText reason) {
        return new Refusal(modelId, index, reason.in(Languages.VIETNAMESE), reason);
    }

    @Override
    public Refusal in(Locale language) {
        return new Refusal(modelId, commendation, wording.in(language), wording);
    }
}
