package vn.dvk.recognition.documents;

import static vn.dvk.recognition.documents.PartyFormatTexts.CITY;
import static vn.dvk.recognition.documents.PartyFormatTexts.COMMITTEE;
import static vn.dvk.recognition.documents.PartyFormatTexts.PARTY_ORGANISATION;
import static vn.dvk.recognition.documents.PartyFormatTexts.PROVINCE;
import static vn.dvk.recognition.documents.PartyFormatTexts.STANDING_COMMITTEE;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.contracts.vocabulary.OrgPath;
import vn.dvk.contracts.vocabulary.OrgRef;

/**
 * Who a Party committee's document says issued it (Hướng dẫn 36-HD/VPTW): the superior Party organisation's name
 * and the issuing committee's under it, top left, over a star; the body that decided ("Ban Thường vụ Đảng ủy
 * Khối…"), for whom the signer signs ("T/M BAN THƯỜNG VỤ"), and the place the date line names ("An Giang").
 *
 * <p>The organisation tree names Party organisations ("Đảng bộ Khối các Cơ quan và Doanh nghiệp tỉnh An Giang",
 * "Đảng bộ huyện Chợ Mới") and the province as a place ("Tỉnh An Giang"); the committees that decide are derived
 * from those names until the tree records them: a district's organisation is led by its "Huyện ủy", a city's by
 * its "Thành ủy", any other by its "Đảng ủy", the province's by the "Tỉnh ủy". Bloc and province committees decide
 * through their standing committee (Ban Thường vụ); a base committee decides as a whole (T/M ĐẢNG ỦY), as base
 * committees without a standing committee do.
 *
 * @param superior the superior organisation's name, absent for the province's committee
 * @param issuingBody the committee that issues the document, e.g. "Đảng ủy Khối các Cơ quan và Doanh nghiệp tỉnh"
 * @param decidingBody the body in whose name the document decides, e.g. "Ban Thường vụ Đảng ủy Khối …"
 * @param onBehalfOfLine the line over the signer's title, e.g. "T/M BAN THƯỜNG VỤ"
 * @param place the place of the date line, e.g. "An Giang"; absent when not known
 */
public record PartyHeading(String superior, String issuingBody, String decidingBody, String onBehalfOfLine,
        String place) {

    /** The leading words of an organisation's name, and those of its committee's. */
    private static final Map<String, String> COMMITTEES = Map.of(
            "Đảng bộ huyện ", "Huyện ủy ",
            "Đảng bộ thành phố ", "Thành ủy ",
            "Đảng bộ thị xã ", "Thị ủy ",
            "Đảng bộ quận ", "Quận ủy ",
            "Đảng bộ tỉnh ", "Tỉnh ủy ");

    /** The heading of a document the committee of the path's organisation at the level issues. */
    public static PartyHeading of(Level level, OrgPath path) {
        String place = placeOf(path.province());
        return switch (level) {
            case PROVINCE -> {
                String committee = provinceCommittee(path.province(), place);
                yield new PartyHeading(null, committee, STANDING_COMMITTEE + " " + committee, line(STANDING_COMMITTEE),
                        place);
            }
            case BLOC -> {
                String superior = provinceOrganisation(path.province(), place);
                String committee = withoutPlace(committeeOf(path.bloc().name()), place);
                yield new PartyHeading(superior, committee, STANDING_COMMITTEE + " " + committee,
                        line(STANDING_COMMITTEE), place);
            }
            case BASE -> {
                String committee = committeeOf(path.base().name());
                yield new PartyHeading(path.bloc().name(), committee, committee, line(COMMITTEE), place);
            }
        };
    }

    /**
     * The heading of a certificate issued before headings were printed, known only by its issuer's name and level:
     * no superior organisation and no place.
     */
    public static PartyHeading ofIssuer(Level level, String issuerName) {
        OrgRef issuer = new OrgRef(null, issuerName);
        if (level == Level.PROVINCE) {
            PartyHeading heading = of(level, new OrgPath(issuer, null, null, null));
            return new PartyHeading(null, heading.issuingBody(), heading.decidingBody(), heading.onBehalfOfLine(), null);
        }
        String committee = committeeOf(issuerName);
        return level == Level.BLOC
                ? new PartyHeading(null, committee, STANDING_COMMITTEE + " " + committee, line(STANDING_COMMITTEE), null)
                : new PartyHeading(null, committee, committee, line(COMMITTEE), null);
    }

    /** The heading's left column, upper case: superior organisation, issuing committee, the star. */
    public List<String> issuerLines() {
        List<String> lines = new ArrayList<>();
        if (superior != null) {
            lines.add(VietnameseFormat.upper(superior));
        }
        lines.add(VietnameseFormat.upper(issuingBody));
        lines.add(PartyFormatTexts.STAR);
        return lines;
    }

    /**
     * The same heading with the names the tree records for the issuer (committee, deciding body, the line over the
     * signature and, when it names one, the place); the superior organisation stays as the tree's names give it.
     */
    public PartyHeading recorded(String committee, String recordedDecidingBody, String recordedOnBehalfOf,
            String recordedPlace) {
        return new PartyHeading(superior, committee, recordedDecidingBody, recordedOnBehalfOf,
                recordedPlace != null ? recordedPlace : place);
    }

    /** "T/M BAN THƯỜNG VỤ" for "Ban Thường vụ". */
    private static String line(String body) {
        return PartyFormatTexts.ON_BEHALF_OF + VietnameseFormat.upper(body);
    }

    /** "Số 125-QĐ/ĐUK". */
    public static String numberLine(String number) {
        return PartyFormatTexts.NUMBER + number;
    }

    /** "An Giang" of "Tỉnh An Giang" (or of "Thành phố Cần Thơ"): the province as a place. */
    static String placeOf(OrgRef province) {
        if (province == null || province.name() == null) {
            return null;
        }
        String name = province.name().strip();
        for (String prefix : List.of(PROVINCE + " ", CITY + " ")) {
            if (name.toLowerCase(VietnameseFormat.VIETNAMESE).startsWith(prefix.toLowerCase(VietnameseFormat.VIETNAMESE))) {
                return name.substring(prefix.length()).strip();
            }
        }
        return name;
    }

    /** "Tỉnh ủy An Giang", "Thành ủy Cần Thơ". */
    private static String provinceCommittee(OrgRef province, String place) {
        boolean city = province.name() != null && province.name().strip().toLowerCase(Locale.ROOT)
                .startsWith(CITY.toLowerCase(Locale.ROOT));
        return (city ? "Thành ủy " : "Tỉnh ủy ") + place;
    }

    /** "Đảng bộ tỉnh An Giang", "Đảng bộ thành phố Cần Thơ". */
    private static String provinceOrganisation(OrgRef province, String place) {
        boolean city = province.name() != null && province.name().strip().toLowerCase(Locale.ROOT)
                .startsWith(CITY.toLowerCase(Locale.ROOT));
        return PARTY_ORGANISATION + (city ? " thành phố " : " tỉnh ") + place;
    }

    /** The committee that leads an organisation: "Huyện ủy Chợ Mới" for "Đảng bộ huyện Chợ Mới", and so on. */
    static String committeeOf(String organisation) {
        String name = organisation.strip();
        for (Map.Entry<String, String> entry : COMMITTEES.entrySet()) {
            if (name.startsWith(entry.getKey())) {
                return entry.getValue() + name.substring(entry.getKey().length());
            }
        }
        if (name.startsWith(PARTY_ORGANISATION + " ")) {
            return COMMITTEE + name.substring(PARTY_ORGANISATION.length());
        }
        return name.startsWith(COMMITTEE + " ") ? name : COMMITTEE + " " + name;
    }

    /**
     * "Đảng ủy Khối các Cơ quan và Doanh nghiệp tỉnh" under "Đảng bộ tỉnh An Giang": the superior line already names
     * the province, so the committee's name does not repeat it.
     */
    private static String withoutPlace(String committee, String place) {
        String suffix = " tỉnh " + place;
        return place != null && committee.endsWith(suffix) ? committee.substring(0, committee.length() - place.length() - 1)
                : committee;
    }
}
