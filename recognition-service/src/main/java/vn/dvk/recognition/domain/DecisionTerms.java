package vn.dvk.recognition.domain;

import java.time.LocalDate;
import vn.dvk.contracts.vocabulary.Level;

/** What a decision says of itself: number, date, level, signer and legal basis. */
public record DecisionTerms(String number, LocalDate issuedOn, Level level, String signerName, String signerTitle,
        String legalBasis) {
}
