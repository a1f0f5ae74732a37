package vn.dvk.recognition.certificates;

import vn.dvk.recognition.documents.PartyHeading;

/**
 * A certificate as printed: its signed content, and what the page says around it that the signature does not
 * cover because it follows from the issuer (the Party heading) or from the records the content names.
 *
 * @param individual whether a commendation goes to a person (named, with their unit) rather than a collective
 * @param exemplar whether the recognised model is an exemplar ("điển hình") rather than a model ("mô hình")
 */
public record CertificateDocument(CertificateContent content, PartyHeading heading, boolean individual,
        boolean exemplar) {

    /** A certificate known only by its content: the heading is derived from the issuer's name and level. */
    public static CertificateDocument of(CertificateContent content) {
        return new CertificateDocument(content, PartyHeading.ofIssuer(content.level(), content.issuer()), false, false);
    }
}
