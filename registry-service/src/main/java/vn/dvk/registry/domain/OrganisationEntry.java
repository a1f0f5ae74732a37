package vn.dvk.registry.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.dvk.contracts.vocabulary.Codes;
import vn.dvk.kit.problems.ConstraintMessages;
import vn.dvk.kit.text.Text;

/**
 * One organisation as it is created, imported, exported and reported in events. In an import, {@code code},
 * {@code active}, {@code validFrom} and {@code issuer} may be left out (the id in capitals, active, today, the
 * stored issuer).
 */
public record OrganisationEntry(
        @NotNull @Pattern(regexp = Codes.PATTERN, message = ConstraintMessages.CODE_FORMAT)
        @Schema(description = "Permanent: users' org_id claim names it", examples = "ag-syt")
        String id,
        @NotNull OrgKind kind,
        @NotBlank @Size(max = 300) @Schema(examples = "Đảng bộ Sở Y tế")
        String name,
        @Pattern(regexp = CODE_PATTERN, message = CODE_MESSAGE)
        @Schema(description = "The short code used in documents, unique in the province", examples = "SYT")
        String code,
        @Pattern(regexp = Codes.PATTERN, message = ConstraintMessages.CODE_FORMAT)
        @Schema(description = "The organisation directly above (none for a province)", examples = "ag-dukcqdn")
        String parentId,
        @Schema(description = "False once deactivated") Boolean active,
        @Schema(description = "The day the organisation exists from", examples = "2025-07-01")
        LocalDate validFrom,
        @Valid @Schema(description = "How the organisation's committee heads and signs its documents; a province, "
                + "bloc or base organisation only. Left out of an import or a rename: unchanged")
        DocumentIssuer issuer) {

    /** Capital letters (Vietnamese ones included: ĐUK), digits and a little punctuation. */
    public static final String CODE_PATTERN = "[\\p{Lu}\\p{N}][\\p{Lu}\\p{N}._-]{0,31}";
    /** Worded in the catalogue (kit's ConstraintMessages reads the key). */
    public static final String CODE_MESSAGE = "{vn.dvk.registry.domain.RegistryMessages.ORGANISATION_CODE_FORMAT}";

    public static OrganisationEntry of(Organisation org) {
        return new OrganisationEntry(org.id, org.kind, org.name, org.code, org.parentId, org.active, org.validFrom,
                org.issuer());
    }

    /** The same organisation under another parent, or active or not: its other fields as they are. */
    public OrganisationEntry placed(String newParentId, boolean nowActive) {
        return new OrganisationEntry(id, kind, name, code, newParentId, nowActive, validFrom, issuer);
    }

    /** As the registry keeps it: text NFC-normalised, what was left out taken from the defaults given. */
    public OrganisationEntry normalised(String defaultCode, LocalDate defaultValidFrom, DocumentIssuer defaultIssuer) {
        String cleanCode = code != null ? Text.nfc(code) : defaultCode;
        return new OrganisationEntry(id, kind, Text.nfc(name), cleanCode, parentId, active == null || active,
                validFrom != null ? validFrom : defaultValidFrom,
                issuer != null ? issuer.normalised() : defaultIssuer);
    }

    /** The code an organisation gets when none is given: its id in capitals. */
    public static String defaultCode(String id) {
        String code = id.toUpperCase();
        return code.length() > 32 ? code.substring(0, 32) : code;
    }
}
