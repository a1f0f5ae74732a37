package vn.dvk.registry.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file as the HTTP layer received it (streamed to a temporary file), with its SHA-256 read once: the digest both
 * tells one upload from another for Idempotency-Key and is what the attachment keeps.
 *
 * @param fileName as the client named it
 * @param sha256 hex SHA-256 of the content
 */
public record Upload(Path file, String fileName, String sha256) {

    public static Upload of(Path file, String fileName) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream content = new DigestInputStream(Files.newInputStream(file), digest)) {
                content.transferTo(OutputStream.nullOutputStream());
            }
            return new Upload(file, fileName, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
