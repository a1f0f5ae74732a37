package vn.dvk.recognition.api;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dvk.kit.problems.InvalidRequestProblem;
import vn.dvk.recognition.certificates.Certificate;
import vn.dvk.recognition.certificates.CertificateContent;
import vn.dvk.recognition.certificates.Certificates;
import vn.dvk.recognition.domain.RecognitionMessages;

@Path("/api/v1/certificates/verification")
@Tag(name = "Certificates")
public class VerificationResource {

    /**
     * Today's tokens are 123 characters; tokens of the earlier form carried the content and are longer. A longer
     * token would not fit a QR code, nor the request line of an HTTP GET.
     */
    private static final int MAX_TOKEN = 4_000;

    private final Certificates certificates;

    public VerificationResource(Certificates certificates) {
        this.certificates = certificates;
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
            description = "No login. The token names the certificate; its Ed25519 signature over the "
                    + "certificate's canonical content (kept by the service) is checked against the key that signed it; a genuine certificate shows what it certifies and "
                    + "whether it still stands. A token that is not a certificate token at all answers 400.")
    public Verification verify(@QueryParam("token") String token) {
        if (token == null || token.isBlank() || token.length() > MAX_TOKEN) {
            throw InvalidRequestProblem.ofField("token", RecognitionMessages.TOKEN_IS_CERTIFICATE_TOKEN.text());
        }
        Certificate certificate;
        try {
            certificate = certificates.genuine(token.trim()).orElse(null);
        } catch (IllegalArgumentException e) {
            throw InvalidRequestProblem.ofField("token", RecognitionMessages.TOKEN_NOT_A_CERTIFICATE_TOKEN.text());
        }
        if (certificate == null) {
            return new Verification(Verification.Status.NOT_GENUINE, null);
        }
        return new Verification(Certificates.isRevoked(certificate) ? Verification.Status.REVOKED
                : Verification.Status.GENUINE, certificates.contentOf(certificate));
    }
}
