package vn.dvk.recognition.certificates;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The public demo key is refused outside the dev, test and demo profiles, wherever it is listed. */
@Tag("unit")
class DemoKeyRefusalTest {

    private static final String DEMO = "demo-2026:" + DemoKeyRefusal.DEMO_PUBLIC_KEY;

    @Test
    void theDemoKeyStopsAProductionStartWithAMessageSayingWhy() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> DemoKeyRefusal.check(List.of(DEMO), List.of("prod")));
        assertTrue(refused.getMessage().contains("public demo key (as demo-2026)"), refused.getMessage());
        assertTrue(refused.getMessage().contains("the active profiles are [prod]"), refused.getMessage());
        // listed under another id, or kept as an old key beside one's own: still the demo key
        assertThrows(IllegalStateException.class, () -> DemoKeyRefusal.check(
                List.of(ownKey("cert-2027"), "renamed: " + DemoKeyRefusal.DEMO_PUBLIC_KEY), List.of("prod")));
        assertThrows(IllegalStateException.class, () -> DemoKeyRefusal.check(List.of(DEMO), List.of("staging")));
    }

    @Test
    void theDemoKeyServesTheDeveloperTheTestsAndTheLaunchersDemo() {
        for (List<String> profiles : List.of(List.of("dev"), List.of("test"), List.of("prod", "demo"))) {
            assertDoesNotThrow(() -> DemoKeyRefusal.check(List.of(DEMO), profiles), profiles.toString());
        }
    }

    @Test
    void aKeyOfOnesOwnStartsInProduction() {
        assertDoesNotThrow(() -> DemoKeyRefusal.check(List.of(ownKey("cert-2027"), ownKey("cert-2028")),
                List.of("prod")));
    }

    /** The key refused is the one the repository publishes, in application.properties and in the tests' files. */
    @Test
    void theRefusedKeyIsTheDemoKeyOfTheConfiguration() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DemoKeyRefusal.class.getResourceAsStream("/application.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertEquals(DEMO, properties.getProperty("%dev,demo.dvk.certificates.verification-keys"));
        assertEquals(DEMO, Files.readString(Path.of("src/test/resources/certificate-keys",
                "dvk.certificates.verification-keys")).strip());
    }

    private static String ownKey(String id) {
        try {
            return id + ":" + Base64.getEncoder().encodeToString(
                    KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
