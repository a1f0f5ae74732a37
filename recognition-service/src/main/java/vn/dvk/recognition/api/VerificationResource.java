package vn.dvk.recognition.api;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dvk.kit.api.InvalidRequestProblem;
import vn.dvk.recognition.certificates.Certificate;
import vn.dvk.recognition.certificates.CertificateContent;
import vn.dvk.recognition.certificates.CertificateSigner;
import vn.dvk.recognition.certificates.Certificates;

@Path("/api/v1/certificates/verification")
@Tag(name = "Certificates")
public class VerificationResource {

    private static final int MAX_TOKEN = 4_000;

    private final CertificateSigner signer;

    public VerificationResource(CertificateSigner signer) {
        this.signer = signer;
    }

    /**
     * The answer of a verification.
     *
     * @param status GENUINE (signed by a key of ours and still standing), REVOKED (genuine, but its decision or
     *               recognition was revoked), or NOT_GENUINE (forged, altered, or signed by a key we do not honour)
     * @param certificate what the certificate certifies, when genuine
     */
    public record Verification(Status status, CertificateContent certificate) {
        public enum Status {
            GENUINE, REVOKED, NOT_GENUINE
        }
    }

    @GET
    @PermitAll
    @SecurityRequirementsSet // none: anyone holding a certificate verifies it
    @Operation(operationId = "verifyCertificate", summary = "Verify a certificate from the token its QR code carries",
            description = "No login. The Ed25519 signature over the certificate's canonical content is checked "
                    + "against the key the certificate names; a genuine certificate shows what it certifies and "
                    + "whether it still stands. A token that is not a certificate token at all answers 400.")
    public Verification verify(@QueryParam("token") String token) {
        if (token == null || token.isBlank() || token.length() > MAX_TOKEN) {
            throw InvalidRequestProblem.ofField("token", "is the certificate token its QR code carries");
        }
        CertificateContent content;
        try {
            content = signer.verify(token.trim()).orElse(null);
        } catch (IllegalArgumentException e) {
            throw InvalidRequestProblem.ofField("token", e.getMessage());
        }
        if (content == null) {
            return new Verification(Verification.Status.NOT_GENUINE, null);
        }
        Certificate certificate = Certificate.findById(content.id());
        if (certificate == null || !certificate.token.equals(token.trim())) {
            // signed by our key, yet not a certificate we issued: a leaked key or a test key; not to be trusted
            return new Verification(Verification.Status.NOT_GENUINE, null);
        }
        return new Verification(Certificates.isRevoked(certificate) ? Verification.Status.REVOKED
                : Verification.Status.GENUINE, content);
    }
}
