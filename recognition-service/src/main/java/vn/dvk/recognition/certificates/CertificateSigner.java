package vn.dvk.recognition.certificates;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * Signs certificates with Ed25519 (the JDK's own implementation) over their canonical content, and checks such
 * signatures. Built at start-up, so that keys that cannot work (a signing key its verification key does not
 * match, or one not listed at all) stop the service before it issues anything.
 */
@Startup
@ApplicationScoped
public class CertificateSigner {

    private static final String ALGORITHM = "Ed25519";
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    /** Sorted keys, no whitespace, dates as ISO strings: one byte sequence per content. */
    private final ObjectMapper canonical = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false)
            .build();

    private final String signingKeyId;
    private final PrivateKey signingKey;
    /** The signing key's 32-byte seed and its public key, as RFC 8032 signs with them. */
    private final byte[] signingSeed;
    private final byte[] signingPublicKey = new byte[Ed25519.PUBLIC_KEY_SIZE];
    private final Map<String, PublicKey> verificationKeys = new HashMap<>();

    /**
     * A content as signed: its canonical JSON (kept with the certificate, and what the signature covers) and the
     * signature, base64url.
     */
    public record Signed(String canonicalContent, String signature) {
    }

    public CertificateSigner(CertificateKeys keys) throws GeneralSecurityException {
        KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
        this.signingKeyId = keys.signingKeyId();
        this.signingKey = factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(keys.signingKey())));
        this.signingSeed = ((EdECPrivateKey) signingKey).getBytes()
                .orElseThrow(() -> new IllegalStateException("dvk.certificates.signing-key holds no Ed25519 seed"));
        Ed25519.generatePublicKey(signingSeed, 0, signingPublicKey, 0);
        for (String entry : keys.verificationKeys()) {
            int colon = entry.indexOf(':');
            if (colon <= 0) {
                throw new IllegalStateException("dvk.certificates.verification-keys holds <key id>:<base64 key> entries");
            }
            verificationKeys.put(entry.substring(0, colon).trim(), factory.generatePublic(
                    new X509EncodedKeySpec(Base64.getDecoder().decode(entry.substring(colon + 1).trim()))));
        }
        if (!verificationKeys.containsKey(signingKeyId)) {
            throw new IllegalStateException("dvk.certificates.verification-keys lacks the signing key "
                    + signingKeyId + ": the certificates it signs could not be verified");
        }
        // a private key from one pair and a public key from another would sign certificates that never verify
        byte[] probe = "dvk-certificate-key-probe".getBytes(StandardCharsets.US_ASCII);
        if (!verifies(signingKeyId, probe, Base64.getUrlDecoder().decode(signature(probe)))) {
            throw new IllegalStateException("dvk.certificates.signing-key is not the private key of the public key "
                    + "listed for " + signingKeyId + " in dvk.certificates.verification-keys");
        }
    }

    public String keyId() {
        return signingKeyId;
    }

    /** The canonical form of a content, signed by the current key. */
    public Signed sign(CertificateContent content) {
        byte[] bytes = canonical(content);
        return new Signed(new String(bytes, StandardCharsets.UTF_8), signature(bytes));
    }

    /** Whether the signature over the bytes verifies under the named key, if that key is still honoured. */
    public boolean verifies(String keyId, byte[] content, byte[] signatureBytes) {
        PublicKey key = keyId == null ? null : verificationKeys.get(keyId);
        if (key == null) {
            return false;
        }
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(key);
            signature.update(content);
            return signature.verify(signatureBytes);
        } catch (GeneralSecurityException e) {
            return false; // a signature of the wrong length, say: not genuine
        }
    }

    /**
     * The content canonical bytes hold.
     *
     * @throws IllegalArgumentException when they hold no certificate content
     */
    public CertificateContent read(byte[] canonicalContent) {
        try {
            return canonical.readValue(canonicalContent, CertificateContent.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("the token's content is not a certificate", e);
        }
    }

    private byte[] canonical(CertificateContent content) {
        try {
            return canonical.writeValueAsBytes(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A certificate's content could not be written", e);
        }
    }

    /**
     * Signs with Bouncy Castle's RFC 8032 Ed25519: deterministic, so the very signature the JDK's would give (and
     * which the JDK verifies), but some twenty times faster than JDK 17's, where a decision over 500 cases spent
     * most of its processor time signing. The public key is derived once, not per signature.
     */
    String signature(byte[] bytes) {
        byte[] signature = new byte[Ed25519.SIGNATURE_SIZE];
        Ed25519.sign(signingSeed, 0, signingPublicKey, 0, bytes, 0, bytes.length, signature, 0);
        return BASE64URL.encodeToString(signature);
    }

    /** The JDK's signature over the bytes, which {@link #signature} must equal (see CertificateSignerTest). */
    String jdkSignature(byte[] bytes) throws GeneralSecurityException {
        Signature signature = Signature.getInstance(ALGORITHM);
        signature.initSign(signingKey);
        signature.update(bytes);
        return BASE64URL.encodeToString(signature.sign());
    }
}
