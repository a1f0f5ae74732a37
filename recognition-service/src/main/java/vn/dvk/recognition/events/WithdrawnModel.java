package vn.dvk.recognition.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.UUID;

/** What recognition reads of the registry's {@code dvk.registry.model.withdrawn.v1}; other fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WithdrawnModel(UUID modelId) {

    boolean isComplete() {
        return modelId != null;
    }
}
