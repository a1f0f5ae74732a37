package vn.dvk.recognition.certificates;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Signs certificates with Ed25519 (the JDK's own implementation) over their canonical content, and checks such
 * signatures. A certificate travels as a token {@code base64url(canonical content) "." base64url(signature)}: the
 * QR code carries it, so verification needs nothing guessable, only the signature.
 */
@ApplicationScoped
public class CertificateSigner {

    private static final String ALGORITHM = "Ed25519";
    private static final Base64.Encoder TOKEN_ENCODER = Base64.getUrlEncoder().withoutPadding();

    /** Sorted keys, no whitespace, dates as ISO strings: one byte sequence per content. */
    private final ObjectMapper canonical = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false)
            .build();

    private final String signingKeyId;
    private final PrivateKey signingKey;
    private final Map<String, PublicKey> verificationKeys = new HashMap<>();

    public CertificateSigner(CertificateKeys keys) throws GeneralSecurityException {
        KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
        this.signingKeyId = keys.signingKeyId();
        this.signingKey = factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(keys.signingKey())));
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
    }

    public String keyId() {
        return signingKeyId;
    }

    /** The canonical bytes of a content. */
    public byte[] canonical(CertificateContent content) {
        try {
            return canonical.writeValueAsBytes(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A certificate's content could not be written", e);
        }
    }

    /** The token of a content: the content and its signature by the current key. */
    public String sign(CertificateContent content) {
        byte[] bytes = canonical(content);
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(signingKey);
            signature.update(bytes);
            return TOKEN_ENCODER.encodeToString(bytes) + "." + TOKEN_ENCODER.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A certificate could not be signed", e);
        }
    }

    /**
     * The content a token carries, if its signature verifies under the key it names; empty for a forged or altered
     * token, or one signed by a key no longer (or never) honoured.
     *
     * @throws IllegalArgumentException when the token is not a token at all
     */
    public Optional<CertificateContent> verify(String token) {
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            throw new IllegalArgumentException("a certificate token is two base64url parts joined by a dot");
        }
        byte[] bytes = Base64.getUrlDecoder().decode(token.substring(0, dot));
        byte[] signatureBytes = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        CertificateContent content;
        try {
            content = canonical.readValue(bytes, CertificateContent.class);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("the token's content is not a certificate", e);
        }
        PublicKey key = content.keyId() == null ? null : verificationKeys.get(content.keyId());
        if (key == null) {
            return Optional.empty();
        }
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(key);
            signature.update(bytes);
            return signature.verify(signatureBytes) ? Optional.of(content) : Optional.empty();
        } catch (GeneralSecurityException e) {
            return Optional.empty(); // a signature of the wrong length, say: not genuine
        }
    }
}
