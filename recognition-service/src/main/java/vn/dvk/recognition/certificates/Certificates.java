package vn.dvk.recognition.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import vn.dvk.kit.text.Text;
import vn.dvk.kit.time.Moments;
import vn.dvk.recognition.domain.CaseLevel;
import vn.dvk.recognition.domain.Commendation;
import vn.dvk.recognition.domain.CommendationForms;
import vn.dvk.recognition.domain.Decision;
import vn.dvk.recognition.domain.ReviewCase;
import vn.dvk.recognition.domain.Stage;

/**
 * Issues the certificates of a decision (one per recognised case, one per commendation), signed in the decision's
 * transaction, and says whether a presented token is genuine and still stands.
 */
@ApplicationScoped
public class Certificates {

    private final CertificateSigner signer;
    private final CommendationForms forms;
    private final Clock clock;

    public Certificates(CertificateSigner signer, CommendationForms forms, Clock clock) {
        this.signer = signer;
        this.forms = forms;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Certificate recognition(Decision decision, ReviewCase reviewCase, String campaignName) {
        UUID id = UUID.randomUUID();
        // an individual's model names the person, and their unit under them; a collective's names the unit
        boolean person = reviewCase.ownerName != null;
        return save(new CertificateContent(id, Certificate.Kind.RECOGNITION.name(), signer.keyId(),
                person ? reviewCase.ownerName : reviewCase.unitName, person ? reviewCase.unitName : null,
                reviewCase.title, null, decision.level, campaignName, decision.number,
                decision.issuedOn, decision.issuerName, decision.signerName, decision.signerTitle),
                decision, reviewCase.modelId, null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Certificate commendation(Decision decision, Commendation commendation, String unitName) {
        UUID id = UUID.randomUUID();
        return save(new CertificateContent(id, Certificate.Kind.COMMENDATION.name(), signer.keyId(),
                commendation.recipientName, unitName, commendation.achievement, forms.nameOf(commendation.form),
                decision.level, null, decision.number, decision.issuedOn, decision.issuerName, decision.signerName,
                decision.signerTitle), decision, commendation.modelId, commendation.id);
    }

    private Certificate save(CertificateContent content, Decision decision, UUID modelId, UUID commendationId) {
        CertificateContent normalised = new CertificateContent(content.id(), content.kind(), content.keyId(),
                Text.nfc(content.holder()), Text.nfc(content.holderUnit()), Text.nfc(content.subject()),
                Text.nfc(content.form()), content.level(), Text.nfc(content.campaign()), Text.nfc(content.decisionNumber()),
                content.decisionDate(), Text.nfc(content.issuer()), Text.nfc(content.signerName()),
                Text.nfc(content.signerTitle()));
        CertificateSigner.Signed signed = signer.sign(normalised);
        Certificate certificate = new Certificate();
        certificate.id = normalised.id();
        certificate.kind = Certificate.Kind.valueOf(normalised.kind());
        certificate.decisionId = decision.id;
        certificate.modelId = modelId;
        certificate.level = decision.level;
        certificate.commendationId = commendationId;
        certificate.signedContent = signed.canonicalContent();
        certificate.signature = signed.signature();
        certificate.token = CertificateToken.of(certificate.id, signed.signature());
        certificate.keyId = normalised.keyId();
        certificate.issuedAt = Moments.utc(clock);
        certificate.persist();
        return certificate;
    }

    /** The content a certificate certifies (its signature checked, as when it was issued). */
    public CertificateContent contentOf(Certificate certificate) {
        if (!signer.verifies(certificate.keyId, bytes(certificate), Base64.getUrlDecoder().decode(certificate.signature))) {
            throw new IllegalStateException("Certificate " + certificate.id
                    + " does not verify under the keys configured: was its key removed?");
        }
        return signer.read(bytes(certificate));
    }

    /**
     * The certificate a presented token stands for, if the token's signature verifies over the content we keep
     * under the key that signed it; empty for a forged or altered token, one signed by a key no longer (or never)
     * honoured, or one naming no certificate we issued (content signed by our key elsewhere: a leaked or test key).
     *
     * @throws IllegalArgumentException when the token is not a certificate token at all
     */
    public Optional<Certificate> genuine(String presented) {
        CertificateToken token = CertificateToken.parse(presented);
        Optional<Certificate> named = token.id().isPresent()
                ? Certificate.<Certificate>findByIdOptional(token.id().get())
                : token.legacyContent().flatMap(this::issuedWith);
        return named.filter(c -> signer.verifies(c.keyId, bytes(c), token.signature()));
    }

    /** The certificate issued with this content, for a token of the earlier form that carries it. */
    private Optional<Certificate> issuedWith(byte[] content) {
        UUID id = signer.read(content).id();
        return Optional.ofNullable(id).flatMap(known -> Certificate.<Certificate>findByIdOptional(known))
                .filter(c -> Arrays.equals(bytes(c), content));
    }

    private static byte[] bytes(Certificate certificate) {
        return certificate.signedContent.getBytes(StandardCharsets.UTF_8);
    }

    /** Whether a certificate's recognition or commendation still stands. */
    public static boolean isRevoked(Certificate certificate) {
        Decision decision = Decision.findById(certificate.decisionId);
        if (decision == null || decision.status == Decision.Status.REVOKED) {
            return true;
        }
        if (certificate.kind == Certificate.Kind.COMMENDATION) {
            Commendation commendation = Commendation.findById(certificate.commendationId);
            return commendation == null || commendation.status == Commendation.Status.REVOKED;
        }
        return Optional.ofNullable(CaseLevel.at(certificate.modelId, certificate.level))
                .map(entry -> entry.status == Stage.REVOKED).orElse(true);
    }
}
