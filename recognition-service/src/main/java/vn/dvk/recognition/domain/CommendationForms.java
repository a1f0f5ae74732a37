package vn.dvk.recognition.domain;

import io.smallrye.config.ConfigMapping;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.dvk.contracts.vocabulary.Level;

/**
 * The forms of commendation a province awards, the body that awards each at each level, and the grades a form
 * distinguishes. By default a certificate of merit ("giấy khen") from the committee of the base or the bloc, or
 * from the Ban Dân vận Tỉnh ủy at the province, graded "có thành tích" or "có thành tích xuất sắc"; and a higher one
 * ("bằng khen") from the Ban Thường vụ Tỉnh ủy. The decision recording a commendation is the reviewing committee's,
 * but the body printed as awarding it is the configured one: at the province the reviewing body (Ban Dân vận) gives
 * giấy khen, while bằng khen is the Ban Thường vụ's (or the provincial People's Committee's). Configurable under
 * {@code dvk.commendations.forms.<CODE>}.
 */
@ConfigMapping(prefix = "dvk.commendations")
public interface CommendationForms {

    Map<String, Form> forms();

    interface Form {
        /** The form's name as printed, e.g. "Giấy khen". */
        String name();

        /**
         * The awarding body at each level that awards the form, as a pattern of {@link AwardingBodies}: e.g.
         * "Ban Thường vụ {committee}" at BLOC, "Ban Thường vụ Tỉnh ủy {province}" at PROVINCE. The levels named
         * here are the only ones that award the form.
         */
        Map<Level, String> awardedBy();

        /** The grades the form distinguishes; a commendation of a graded form names one of them. */
        Optional<Set<CommendationGrade>> grades();

        /** The levels whose committees award it. */
        default Set<Level> levels() {
            return awardedBy().keySet();
        }

        default Set<CommendationGrade> gradesOrNone() {
            return grades().orElse(Set.of());
        }
    }

    default Optional<Form> form(String code) {
        return Optional.ofNullable(code).map(c -> forms().get(c));
    }

    default String nameOf(String code) {
        return form(code).map(Form::name).orElse(code);
    }
}
