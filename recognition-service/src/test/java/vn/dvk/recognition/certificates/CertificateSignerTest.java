package vn.dvk.recognition.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dvk.kit.domain.Level;

/** Key rotation: a certificate signed by an old key verifies while that key is still honoured, and not after. */
class CertificateSignerTest {

    private final KeyPair old = keyPair();
    private final KeyPair current = keyPair();

    @Test
    void certificatesOfTheOldKeyStillVerifyAfterARotationUntilTheKeyIsDisowned() throws Exception {
        String signedBefore = signer("2026", old, entry("2026", old)).sign(content("2026"));

        CertificateSigner rotated = signer("2027", current, entry("2026", old), entry("2027", current));
        assertEquals("2026", rotated.verify(signedBefore).orElseThrow().keyId());
        String signedAfter = rotated.sign(content("2027"));
        assertEquals("2027", rotated.verify(signedAfter).orElseThrow().keyId());

        CertificateSigner disowned = signer("2027", current, entry("2027", current));
        assertTrue(disowned.verify(signedBefore).isEmpty(), "a removed key no longer vouches for what it signed");
        assertTrue(disowned.verify(signedAfter).isPresent());
    }

    @Test
    void aSigningKeyThatCannotBeVerifiedIsRefusedAtStartUp() {
        assertThrows(IllegalStateException.class, () -> signer("2027", current, entry("2026", old)));
    }

    private static CertificateContent content(String keyId) {
        return new CertificateContent(UUID.randomUUID(), "RECOGNITION", keyId, "Bệnh viện", null, "Mô hình", null,
                Level.BASE, "Đợt 2026", "45-QĐ/ĐU", LocalDate.of(2026, 6, 15), "Đảng uỷ Sở Y tế", "Nguyễn Văn An",
                "Bí thư");
    }

    private static CertificateSigner signer(String keyId, KeyPair key, String... verification) throws Exception {
        String privateKey = Base64.getEncoder().encodeToString(key.getPrivate().getEncoded());
        return new CertificateSigner(new CertificateKeys() {
            public String signingKeyId() {
                return keyId;
            }

            public String signingKey() {
                return privateKey;
            }

            public List<String> verificationKeys() {
                return List.of(verification);
            }

            public String verifyUrl() {
                return "http://localhost/verify";
            }
        });
    }

    private static String entry(String keyId, KeyPair key) {
        return keyId + ":" + Base64.getEncoder().encodeToString(key.getPublic().getEncoded());
    }

    private static KeyPair keyPair() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
