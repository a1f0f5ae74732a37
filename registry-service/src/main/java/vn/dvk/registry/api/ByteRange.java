package vn.dvk.registry.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one byte range of a {@code Range} header (RFC 9110 §14): {@code bytes=first-last}, {@code bytes=first-} or the
 * suffix {@code bytes=-length}. Several ranges, or another unit, are served whole (a server may ignore Range); a
 * range that starts past the end answers 416 with the size.
 */
record ByteRange(long first, long last) {

    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d{0,18})-(\\d{0,18})");

    long length() {
        return last - first + 1;
    }

    String contentRange(long size) {
        return "bytes " + first + "-" + last + "/" + size;
    }

    /** The range asked for within a representation of {@code size} bytes; empty for the whole of it. */
    static Optional<ByteRange> of(String header, long size) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher m = SINGLE.matcher(header.strip());
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            return Optional.empty();
        }
        long first;
        long last;
        if (m.group(1).isEmpty()) { // the last n bytes
            first = Math.max(0, size - Long.parseLong(m.group(2)));
            last = size - 1;
        } else {
            first = Long.parseLong(m.group(1));
            last = m.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(m.group(2)), size - 1);
        }
        if (first >= size || last < first) {
            throw new WebApplicationException(Response.status(Response.Status.REQUESTED_RANGE_NOT_SATISFIABLE)
                    .header("Content-Range", "bytes */" + size).build());
        }
        return Optional.of(new ByteRange(first, last));
    }
}
