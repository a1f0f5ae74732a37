package vn.dvk.recognition.certificates;

import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * What a certificate's QR code carries: {@code <certificate id>.<base64url signature>}, 123 characters however long
 * the certificate's text, so that the QR code always fits and scans. The signature covers the content kept with the
 * certificate (its canonical JSON), which verification reads back by the id.
 * <p>
 * Certificates issued before carried their whole content, {@code <base64url canonical content>.<signature>}, in a
 * token that grew with the text (a long achievement no longer fitted a QR code). The signature is the same in both
 * forms, over the same bytes, so those certificates now have a short token too, and the long tokens already
 * printed still verify: they are read here as well.
 */
public final class CertificateToken {

    private static final int UUID_LENGTH = 36;

    private final UUID id;
    private final byte[] legacyContent;
    private final byte[] signature;

    private CertificateToken(UUID id, byte[] legacyContent, byte[] signature) {
        this.id = id;
        this.legacyContent = legacyContent;
        this.signature = signature;
    }

    /** The token of a certificate. */
    public static String of(UUID id, String signature) {
        return id + "." + signature;
    }

    /**
     * A presented token, read but not yet verified.
     *
     * @throws IllegalArgumentException when it is not a certificate token at all
     */
    public static CertificateToken parse(String token) {
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            throw new IllegalArgumentException("a certificate token is two parts joined by a dot");
        }
        String head = token.substring(0, dot);
        byte[] signature = base64url(token.substring(dot + 1));
        if (head.length() == UUID_LENGTH) {
            try {
                return new CertificateToken(UUID.fromString(head), null, signature);
            } catch (IllegalArgumentException e) {
                // not an id: a token of the earlier form, whose content can be 36 characters long only in a forgery
            }
        }
        return new CertificateToken(null, base64url(head), signature);
    }

    /** The certificate the token names, for a short token; empty for a token of the earlier form. */
    public Optional<UUID> id() {
        return Optional.ofNullable(id);
    }

    /** The canonical content a token of the earlier form carries; empty for a short token. */
    public Optional<byte[]> legacyContent() {
        return Optional.ofNullable(legacyContent).map(byte[]::clone);
    }

    public byte[] signature() {
        return signature.clone();
    }

    private static byte[] base64url(String part) {
        try {
            return Base64.getUrlDecoder().decode(part);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a certificate token's parts are base64url", e);
        }
    }
}
