package vn.dvk.recognition.certificates;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.UUID;
import vn.dvk.contracts.vocabulary.Level;

/**
 * What a certificate certifies, exactly as signed: its canonical form (sorted keys, no spaces, NFC text, nulls
 * left out) is what the signature covers, so any altered field fails verification.
 *
 * @param holder the unit (or, for a commendation, the recipient; for an individual's model, the person) named on the
 *        certificate
 * @param holderUnit the unit of a person named as holder; absent when the holder is a unit
 * @param subject the model's title, or the commended achievement
 * @param form the form of commendation (its name), absent on a recognition
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CertificateContent(
        UUID id,
        String kind,
        String keyId,
        String holder,
        String holderUnit,
        String subject,
        String form,
        Level level,
        String campaign,
        String decisionNumber,
        LocalDate decisionDate,
        String issuer,
        String signerName,
        String signerTitle) {
}
