package vn.dvk.recognition.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.vocabulary.Level;

/**
 * Key rotation: a certificate signed by an old key verifies while that key is still honoured, and not after; keys
 * that cannot work stop the service at start.
 */
@Tag("unit")
class CertificateSignerTest {

    private final KeyPair old = keyPair();
    private final KeyPair current = keyPair();

    @Test
    void certificatesOfTheOldKeyStillVerifyAfterARotationUntilTheKeyIsDisowned() throws Exception {
        CertificateSigner.Signed signedBefore = signer("2026", old, entry("2026", old)).sign(content("2026"));

        CertificateSigner rotated = signer("2027", current, entry("2026", old), entry("2027", current));
        assertTrue(verifies(rotated, "2026", signedBefore));
        CertificateSigner.Signed signedAfter = rotated.sign(content("2027"));
        assertTrue(verifies(rotated, "2027", signedAfter));
        assertEquals("2027", rotated.read(bytes(signedAfter)).keyId());

        CertificateSigner disowned = signer("2027", current, entry("2027", current));
        assertFalse(verifies(disowned, "2026", signedBefore), "a removed key no longer vouches for what it signed");
        assertTrue(verifies(disowned, "2027", signedAfter));
        assertFalse(verifies(disowned, "2027", signedBefore), "another key's signature");
    }

    @Test
    void aSigningKeyThatCannotBeVerifiedIsRefusedAtStartUp() {
        assertThrows(IllegalStateException.class, () -> signer("2027", current, entry("2026", old)));
    }

    @Test
    void aSigningKeyListedWithAnotherKeysPublicHalfIsRefusedAtStartUp() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> signer("2027", current, entry("2027", old)));
        assertTrue(refused.getMessage().contains("not the private key"), refused.getMessage());
    }

    @Test
    void theFastSignatureIsTheJdksOwnAndVerifies() throws Exception {
        CertificateSigner signer = signer("2027", current, entry("2027", current));
        for (int i = 0; i < 50; i++) {
            CertificateSigner.Signed signed = signer.sign(content("2027"));
            // Ed25519 is deterministic: Bouncy Castle's must be byte for byte what the JDK signs, or it is wrong
            assertEquals(signer.jdkSignature(bytes(signed)), signed.signature());
            assertTrue(verifies(signer, "2027", signed));
        }
    }

    private static boolean verifies(CertificateSigner signer, String keyId, CertificateSigner.Signed signed) {
        return signer.verifies(keyId, bytes(signed), Base64.getUrlDecoder().decode(signed.signature()));
    }

    private static byte[] bytes(CertificateSigner.Signed signed) {
        return signed.canonicalContent().getBytes(StandardCharsets.UTF_8);
    }

    private static CertificateContent content(String keyId) {
        return new CertificateContent(UUID.randomUUID(), "RECOGNITION", keyId, "Bệnh viện", null, "Mô hình", null,
                Level.BASE, "Đợt 2026", "45-QĐ/ĐU", LocalDate.of(2026, 6, 15), "Đảng uỷ Sở Y tế", "Nguyễn Văn An",
                "Bí thư");
    }

    private static CertificateSigner signer(String keyId, KeyPair key, String... verification) throws Exception {
        String privateKey = Base64.getEncoder().encodeToString(key.getPrivate().getEncoded());
        return new CertificateSigner(new StubKeys(keyId, privateKey, List.of(verification), "http://localhost/verify"));
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
