package vn.dvk.recognition.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import vn.dvk.recognition.documents.IssuerHeadings;
import vn.dvk.recognition.documents.PartyHeading;
import vn.dvk.recognition.domain.Commendation;
import vn.dvk.recognition.domain.ReviewCase;

/**
 * A certificate as printed: its signed content (checked), the Party heading of its issuer at its level from the
 * organisation path of the unit it was issued to, whether a commendation goes to a person, and whether the model
 * recognised is an exemplar. Certificates issued before headings were printed get the same heading: it follows from
 * the records, not from their signed content.
 */
@ApplicationScoped
public class CertificateDocuments {

    private static final String EXEMPLAR = "EXEMPLAR";

    private final Certificates certificates;

    public CertificateDocuments(Certificates certificates) {
        this.certificates = certificates;
    }

    public CertificateDocument of(Certificate certificate) {
        CertificateContent content = certificates.contentOf(certificate);
        Optional<Commendation> commendation = certificate.kind == Certificate.Kind.COMMENDATION
                ? Commendation.<Commendation>findByIdOptional(certificate.commendationId) : Optional.empty();
        ReviewCase anyCase = commendation.map(Commendation::anyCase)
                .orElseGet(() -> certificate.modelId == null ? null : ReviewCase.findById(certificate.modelId));
        PartyHeading heading = anyCase == null ? PartyHeading.ofIssuer(content.level(), content.issuer())
                : IssuerHeadings.of(certificate.level, anyCase.path());
        boolean individual = commendation.map(c -> c.recipientKind == Commendation.RecipientKind.INDIVIDUAL)
                .orElse(false);
        boolean exemplar = certificate.kind == Certificate.Kind.RECOGNITION && anyCase != null
                && EXEMPLAR.equals(anyCase.kind);
        return new CertificateDocument(content, heading, individual, exemplar);
    }
}
