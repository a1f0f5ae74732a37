package vn.dvk.recognition.certificates;

import java.util.List;

/** Certificate keys as configuration would give them, for tests that build the certificate beans themselves. */
record StubKeys(String signingKeyId, String signingKey, List<String> verificationKeys, String verifyUrl)
        implements CertificateKeys {

    static StubKeys verifyingAt(String verifyUrl) {
        return new StubKeys("unused", "unused", List.of(), verifyUrl);
    }
}
