package vn.dvk.k8s;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.Index;
import org.jboss.jandex.Indexer;

/**
 * The API roots ({@code /api/v1/<root>}) a service serves, read from the compiled classes its image ships (the
 * service's own jar, and the DVK libraries in lib/main, the kit's dead letters among them): what runs, through
 * the image archives this module depends on, rather than the services' source folders. A root is the operators'
 * when its resource class allows the operator role alone.
 */
record ServiceApis(String service, Set<String> publicRoots, Set<String> operatorRoots) {

    /** vn.dvk.kit.security.OperatorRoles.OPERATOR, which the compiler writes into the annotation. */
    static final String OPERATOR = "operator";

    private static final String APP = "home/jboss/";
    private static final Pattern DVK_JAR = Pattern.compile("(app/[^/]+|lib/main/vn\\.dvk\\.[^/]+)\\.jar");
    private static final Pattern API_ROOT = Pattern.compile("^(/api/v1/[^/]+)");
    private static final DotName PATH = DotName.createSimple("jakarta.ws.rs.Path");
    private static final DotName ROLES_ALLOWED = DotName.createSimple("jakarta.annotation.security.RolesAllowed");
    private static final Map<String, ServiceApis> READ = new ConcurrentHashMap<>();

    static ServiceApis of(String service) {
        return READ.computeIfAbsent(service, s -> read(s, ImageArchive.directory().resolve(s + "-image.tar")));
    }

    static ServiceApis read(String service, Path archive) {
        Index index = index(archive);
        Set<String> publicRoots = new TreeSet<>();
        Set<String> operatorRoots = new TreeSet<>();
        for (AnnotationInstance path : index.getAnnotations(PATH)) {
            Matcher root = API_ROOT.matcher(path.value().asString());
            if (root.find()) {
                boolean forOperators = forOperatorsOnly(declaringClass(path.target()));
                (forOperators ? operatorRoots : publicRoots).add(root.group(1));
            }
        }
        if (publicRoots.isEmpty()) {
            throw new AssertionError(archive + " holds no resource under /api/v1: not " + service + "'s image?");
        }
        return new ServiceApis(service, publicRoots, operatorRoots);
    }

    private static boolean forOperatorsOnly(ClassInfo resource) {
        AnnotationInstance roles = resource.declaredAnnotation(ROLES_ALLOWED);
        return roles != null && Arrays.asList(roles.value().asStringArray()).equals(List.of(OPERATOR));
    }

    private static ClassInfo declaringClass(AnnotationTarget target) {
        return switch (target.kind()) {
            case CLASS -> target.asClass();
            case METHOD -> target.asMethod().declaringClass();
            default -> throw new AssertionError("@Path on " + target);
        };
    }

    /** The classes of the DVK jars in every layer of the image. */
    private static Index index(Path archive) {
        Indexer indexer = new Indexer();
        try (var in = new TarArchiveInputStream(Files.newInputStream(archive))) {
            TarArchiveEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] blob = entry.isFile() ? in.readAllBytes() : new byte[0];
                if (blob.length > 2 && (blob[0] & 0xff) == 0x1f && (blob[1] & 0xff) == 0x8b) { // a gzipped layer
                    indexLayer(blob, indexer);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the image archive " + archive, e);
        }
        return indexer.complete();
    }

    private static void indexLayer(byte[] gzippedTar, Indexer indexer) throws IOException {
        try (InputStream gz = new GzipCompressorInputStream(new ByteArrayInputStream(gzippedTar));
                var tar = new TarArchiveInputStream(gz)) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                String name = entry.getName().replaceAll("^\\.?/", "");
                if (entry.isFile() && name.startsWith(APP) && DVK_JAR.matcher(name.substring(APP.length())).matches()) {
                    indexJar(tar.readAllBytes(), indexer);
                }
            }
        }
    }

    private static void indexJar(byte[] jar, Indexer indexer) throws IOException {
        try (var zip = new ZipInputStream(new ByteArrayInputStream(jar))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.getName().endsWith(".class")) {
                    indexer.index(new ByteArrayInputStream(zip.readAllBytes()));
                }
            }
        }
    }
}
