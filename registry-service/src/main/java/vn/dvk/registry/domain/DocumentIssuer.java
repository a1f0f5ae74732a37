package vn.dvk.registry.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.dvk.kit.text.Text;

/**
 * How an organisation's committee heads and signs the documents it issues (Hướng dẫn 36-HD/VPTW): the tree names
 * the Party organisation ("Đảng bộ Khối các Cơ quan và Doanh nghiệp tỉnh An Giang") or the province as a place
 * ("Tỉnh An Giang"), while a decision is issued by a committee ("Đảng ủy Khối…", "Tỉnh ủy An Giang"), decided by
 * its standing committee ("Ban Thường vụ Đảng ủy Khối…") and signed on its behalf ("T/M BAN THƯỜNG VỤ", "BÍ THƯ").
 * Only what decides (a province, a bloc, a base organisation) records it.
 *
 * @param committee the committee heading the documents, under the superior organisation
 * @param decidingBody the body in whose name the documents decide
 * @param onBehalfOf the line over the signer's title, as printed
 * @param signerTitle the title of who usually signs, as printed
 * @param place the place of the place-and-date line; absent: the province's
 */
public record DocumentIssuer(
        @NotBlank @Size(max = 300) @Schema(examples = "Đảng ủy Khối các Cơ quan và Doanh nghiệp tỉnh")
        String committee,
        @NotBlank @Size(max = 300) @Schema(examples = "Ban Thường vụ Đảng ủy Khối các Cơ quan và Doanh nghiệp tỉnh")
        String decidingBody,
        @NotBlank @Size(max = 100) @Schema(examples = "T/M BAN THƯỜNG VỤ")
        String onBehalfOf,
        @NotBlank @Size(max = 100) @Schema(examples = "BÍ THƯ")
        String signerTitle,
        @Size(max = 100) @Schema(examples = "An Giang")
        String place) {

    /** As the registry keeps it: NFC-normalised and trimmed, a blank place left out. */
    public DocumentIssuer normalised() {
        return new DocumentIssuer(clean(committee), clean(decidingBody), clean(onBehalfOf), clean(signerTitle),
                place == null || place.isBlank() ? null : clean(place));
    }

    private static String clean(String text) {
        return Text.nfc(text).strip();
    }
}
