package vn.dvk.recognition.certificates;

import io.smallrye.config.ConfigMapping;
import java.util.List;

/**
 * The keys certificates are signed and verified with (Ed25519). New certificates are signed with the current key;
 * every key still listed in {@code verification-keys} verifies the certificates it signed, so a key can be
 * rotated by adding the new one, switching {@code signing-key-id}, and keeping the old public key listed.
 * In production the private key comes from a Kubernetes Secret ({@code DVK_CERTIFICATES_SIGNING_KEY}).
 */
@ConfigMapping(prefix = "dvk.certificates")
public interface CertificateKeys {

    /** The id of the key new certificates are signed with; printed in each certificate. */
    String signingKeyId();

    /** The current private key: PKCS#8 DER, base64. */
    String signingKey();

    /**
     * Every key still honoured, as {@code <key id>:<public key>}, the public key as X.509 SubjectPublicKeyInfo DER in
     * base64; a comma-separated list in one property (or environment variable), so that a Secret can hold it.
     */
    List<String> verificationKeys();

    /** The public verification address a certificate's QR code points to; the token is appended as {@code ?token=}. */
    String verifyUrl();
}
