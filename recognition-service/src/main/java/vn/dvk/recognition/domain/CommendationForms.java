package vn.dvk.recognition.domain;

import io.smallrye.config.ConfigMapping;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.dvk.contracts.vocabulary.Level;

/**
 * The forms of commendation a province awards and the levels that award each: by default a certificate of merit
 * ("giấy khen") from the base and bloc committees and a higher one ("bằng khen") from the province. Configurable
 * under {@code dvk.commendations.forms.<CODE>}.
 */
@ConfigMapping(prefix = "dvk.commendations")
public interface CommendationForms {

    Map<String, Form> forms();

    interface Form {
        /** The form's name as printed, e.g. "Giấy khen". */
        String name();

        /** The levels whose committees award it. */
        Set<Level> levels();
    }

    default Optional<Form> form(String code) {
        return Optional.ofNullable(code).map(c -> forms().get(c));
    }

    default String nameOf(String code) {
        return form(code).map(Form::name).orElse(code);
    }
}
