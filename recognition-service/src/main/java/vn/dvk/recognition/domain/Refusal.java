package vn.dvk.recognition.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;

/**
 * Why a decision cannot take one of its cases or commendations: what the 409 of a refused decision lists, so that
 * the committee can drop or fix exactly those.
 *
 * @param commendation the index of the refused commendation in the request, for a commendation
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Refusal(UUID modelId, Integer commendation, String reason) {

    static Refusal ofCase(UUID modelId, String reason) {
        return new Refusal(modelId, null, reason);
    }

    static Refusal ofCommendation(int index, UUID modelId, String reason) {
        return new Refusal(modelId, index, reason);
    }
}
