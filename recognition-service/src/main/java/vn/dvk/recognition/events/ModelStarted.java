package vn.dvk.recognition.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What recognition reads of the registry's {@code dvk.registry.model.drafted.v1} and {@code …updated.v1}: the
 * model's start date, which a decision's date may not precede; other fields are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ModelStarted(UUID modelId, Content content) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Content(LocalDate startedOn) {
    }

    boolean isComplete() {
        return modelId != null && content != null;
    }

    LocalDate startedOn() {
        return content.startedOn();
    }
}
