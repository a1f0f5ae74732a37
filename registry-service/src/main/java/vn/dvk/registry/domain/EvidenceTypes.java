package vn.dvk.registry.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.tika.Tika;
import vn.dvk.kit.problems.ContentRefusedProblem;

/**
 * The kinds of file a unit may attach as evidence: PDF, JPEG and PNG photos, Word and Excel documents. What a file
 * is comes from its bytes (Apache Tika's magic numbers), the name only refining a match (a .docx is a ZIP); a Word
 * or Excel file must also hold the part that makes it one, so a renamed archive or program is refused.
 */
@ApplicationScoped
public class EvidenceTypes {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Each type allowed, with the part an Office Open XML file of that type must contain. */
    private static final Map<String, String> ALLOWED = Map.of(
            "application/pdf", "",
            "image/jpeg", "",
            "image/png", "",
            DOCX, "word/document.xml",
            XLSX, "xl/workbook.xml");

    private final Tika tika = new Tika();

    /**
     * The media type of the file, from its content.
     *
     * @throws ContentRefusedProblem (415) for a type not allowed, or a file that claims one it is not
     */
    public String of(Path file, String fileName) throws IOException {
        String detected;
        try (InputStream content = Files.newInputStream(file)) {
            detected = tika.detect(content, fileName);
        }
        String requiredPart = ALLOWED.get(detected);
        if (requiredPart == null) {
            throw ContentRefusedProblem.unsupportedType(RegistryMessages.FILE_TYPE_NOT_ACCEPTED.text(detected));
        }
        if (!requiredPart.isEmpty() && !containsPart(file, requiredPart)) {
            throw ContentRefusedProblem.unsupportedType(
                    RegistryMessages.FILE_NOT_WHAT_ITS_NAME_SAYS.text(fileName, detected));
        }
        return detected;
    }

    private static boolean containsPart(Path file, String part) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.getEntry(part) != null && zip.getEntry("[Content_Types].xml") != null;
        } catch (ZipException e) {
            return false;
        }
    }
}
