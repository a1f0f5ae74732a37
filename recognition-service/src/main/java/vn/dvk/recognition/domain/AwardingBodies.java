package vn.dvk.recognition.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.contracts.vocabulary.OrgPath;

/**
 * Names the body that awards a form of commendation at a level, from the form's configured pattern and the
 * recipient's place in the tree. A pattern may name:
 * <ul>
 * <li>{@code {organisation}}: the level's organisation as the tree names it ("Đảng bộ Sở Y tế");</li>
 * <li>{@code {committee}}: that organisation's Party committee as the tree records it ({@link OrganisationIssuer});
 * where it records none, a Party organisation ("Đảng bộ …") is led by its committee ("Đảng ủy …"), so "Đảng bộ
 * Khối các Cơ quan…" gives "Đảng ủy Khối các Cơ quan…";</li>
 * <li>{@code {province}}: the province's own name ("An Giang" of "Tỉnh An Giang"), as "Tỉnh ủy An Giang" or
 * "Ủy ban nhân dân tỉnh An Giang" use it.</li>
 * </ul>
 */
@ApplicationScoped
public class AwardingBodies {

    private static final String PARTY_ORGANISATION = "Đảng bộ ";
    private static final String PARTY_COMMITTEE = "Đảng ủy ";

    private final CommendationForms forms;

    public AwardingBodies(CommendationForms forms) {
        this.forms = forms;
    }

    /** The awarding body of the form at the level for a recipient of the path; empty if the level does not award it. */
    public Optional<String> of(String form, Level level, OrgPath path) {
        return forms.form(form).map(f -> f.awardedBy().get(level)).map(pattern -> resolve(pattern, level, path,
                OrganisationIssuer.of(path.at(level).id()).map(recorded -> recorded.committee).orElse(null)));
    }

    /** @param recordedCommittee the committee the tree records for the level's organisation; null if none */
    static String resolve(String pattern, Level level, OrgPath path, String recordedCommittee) {
        String organisation = path.at(level).name();
        return pattern.replace("{organisation}", organisation)
                .replace("{committee}", recordedCommittee != null ? recordedCommittee : committee(organisation))
                .replace("{province}", provinceName(path.province().name()));
    }

    static String committee(String organisation) {
        return organisation.startsWith(PARTY_ORGANISATION)
                ? PARTY_COMMITTEE + organisation.substring(PARTY_ORGANISATION.length()) : organisation;
    }

    static String provinceName(String province) {
        for (String prefix : new String[] {"Thành phố ", "Tỉnh "}) {
            if (province.regionMatches(true, 0, prefix, 0, prefix.length())) {
                return province.substring(prefix.length());
            }
        }
        return province;
    }
}
