package vn.dvk.testing.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Multipart uploads: a file part with a declared type and name that may or may not match its bytes. */
final class Multipart {

    private static final String BOUNDARY = "dvk-fuzz-boundary";
    private static final List<String> TYPES = List.of("application/pdf", "image/png", "image/jpeg", "text/plain",
            "application/x-msdownload", "", "application/pdf; x=\"");
    private static final List<String> NAMES = List.of("a.pdf", "ảnh.png", "../../etc/passwd", "", "a\u0000.pdf",
            "x".repeat(300) + ".pdf", "a\".pdf", "CON");
    private static final List<byte[]> CONTENTS = List.of(
            "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII),
            new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13},
            "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1),
            new byte[0],
            "plain text".getBytes(StandardCharsets.UTF_8));

    private Multipart() {
    }

    static Arbitrary<Tuple.Tuple2<String, byte[]>> bodies() {
        Arbitrary<byte[]> wellFormed = Combinators.combine(Arbitraries.of("file", "attachment", ""),
                Arbitraries.of(NAMES), Arbitraries.of(TYPES), Arbitraries.of(CONTENTS)).as(Multipart::part);
        return Arbitraries.frequencyOf(
                Tuple.of(8, wellFormed.map(bytes -> Tuple.of("multipart/form-data; boundary=" + BOUNDARY, bytes))),
                Tuple.of(1, wellFormed.map(bytes -> Tuple.of("multipart/form-data; boundary=other", bytes))),
                Tuple.of(1, Arbitraries.of("", "--" + BOUNDARY, "--" + BOUNDARY + "\r\nContent-Disposition: form-data")
                        .map(text -> Tuple.of("multipart/form-data; boundary=" + BOUNDARY,
                                text.getBytes(StandardCharsets.UTF_8)))));
    }

    private static byte[] part(String field, String fileName, String type, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\n" + (type.isEmpty() ? "" : "Content-Type: " + type + "\r\n") + "\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
