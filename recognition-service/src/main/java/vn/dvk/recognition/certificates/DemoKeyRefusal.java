package vn.dvk.recognition.certificates;

import io.quarkus.runtime.Startup;
import io.smallrye.config.SmallRyeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Stops the service at start when it would sign or honour certificates with the demo key outside the profiles
 * that may use it. The demo key is public (its private half is in this repository, for the launcher and the
 * tests): anyone could sign certificates with it, so production must never issue with it, nor take certificates
 * signed by it as genuine. The key is recognised by its public half, whatever id it is listed under.
 */
@Startup
@ApplicationScoped
public class DemoKeyRefusal {

    /** The demo key's public half (X.509, base64): the {@code %dev,demo} key of application.properties. */
    static final String DEMO_PUBLIC_KEY = "MCowBQYDK2VwAyEAUrYAkc7YosTYw8dZnpnfRr6Hf/HeANDgYXZllTzDyT4=";

    /** The profiles that may run with the demo key: a developer's machine, the tests, the launcher's demo. */
    static final Set<String> DEMO_PROFILES = Set.of("dev", "test", "demo");

    public DemoKeyRefusal(CertificateKeys keys, SmallRyeConfig config) {
        check(keys.verificationKeys(), config.getProfiles());
    }

    /**
     * Refuses the demo key among the verification keys (the signing key is among them, its pair checked by
     * {@link CertificateSigner}) unless a profile that may use it is active.
     *
     * @throws IllegalStateException naming the key and the profiles, to stop the start
     */
    static void check(List<String> verificationKeys, Collection<String> profiles) {
        if (profiles.stream().anyMatch(DEMO_PROFILES::contains)) {
            return;
        }
        byte[] demo = Base64.getDecoder().decode(DEMO_PUBLIC_KEY);
        for (String entry : verificationKeys) {
            int colon = entry.indexOf(':');
            String key = entry.substring(colon + 1).trim();
            if (Arrays.equals(demo, decoded(key))) {
                throw new IllegalStateException("dvk.certificates.verification-keys lists the public demo key (as "
                        + entry.substring(0, Math.max(colon, 0)).trim() + "), whose private half is published in the "
                        + "DVK repository: anyone could sign certificates it verifies. It is allowed only in the "
                        + DEMO_PROFILES + " profiles; the active profiles are " + profiles + ". Configure a key of "
                        + "your own (deploy/k8s/README.md, \"Certificate keys\").");
            }
        }
    }

    private static byte[] decoded(String key) {
        try {
            return Base64.getDecoder().decode(key);
        } catch (IllegalArgumentException e) {
            return new byte[0]; // not a key at all: CertificateSigner refuses it with its own message
        }
    }
}
