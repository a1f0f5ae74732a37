package vn.dvk.recognition.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.contracts.vocabulary.OrgPath;
import vn.dvk.contracts.vocabulary.OrgRef;

/** The organisation path of a decision's issuer: the province, and the bloc and base down to the issuer's level. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IssuerPath(OrgRef province, OrgRef bloc, OrgRef base) {

    public static IssuerPath of(OrgPath path, Level level) {
        return new IssuerPath(path.province(), level.compareTo(Level.BLOC) <= 0 ? path.bloc() : null,
                level == Level.BASE ? path.base() : null);
    }
}
