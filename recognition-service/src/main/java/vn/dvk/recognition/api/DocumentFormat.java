package vn.dvk.recognition.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.dvk.kit.problems.InvalidRequestProblem;
import vn.dvk.kit.problems.KitMessages;

/**
 * The formats a printable document is served in, and which one a request asks for: {@code ?format=} first (a
 * link can carry it), else the first of the endpoint's formats the Accept header names, else the endpoint's first.
 */
enum DocumentFormat {
    PDF("pdf", Types.PDF),
    DOCX("docx", Types.DOCX),
    TEXT("txt", Types.TEXT);

    /** The media types, as @Produces names them. */
    static final class Types {
        static final String PDF = "application/pdf";
        static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        static final String TEXT = "text/plain;charset=UTF-8";

        private Types() {
        }
    }

    private final String extension;
    private final String type;

    DocumentFormat(String extension, String type) {
        this.extension = extension;
        this.type = type;
    }

    /** The format asked for among those offered (the first is the default); 400 for a format not offered. */
    static DocumentFormat chosen(String format, HttpHeaders headers, List<DocumentFormat> offered) {
        if (format != null) {
            String wanted = format.strip().toLowerCase(Locale.ROOT);
            return offered.stream().filter(f -> f.extension.equals(wanted) || f.name().equalsIgnoreCase(wanted))
                    .findFirst().orElseThrow(() -> InvalidRequestProblem.ofField("format", KitMessages.ONE_OF.text(
                            offered.stream().map(f -> f.extension).collect(Collectors.joining(", ")))));
        }
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isWildcardType()) {
                break;
            }
            for (DocumentFormat f : offered) {
                if (accepted.isCompatible(MediaType.valueOf(f.type))) {
                    return f;
                }
            }
        }
        return offered.get(0);
    }

    /** The document, inline, named after what it is. */
    Response response(byte[] content, String name) {
        return Response.ok(content, type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + name + "." + extension + "\"").build();
    }
}
