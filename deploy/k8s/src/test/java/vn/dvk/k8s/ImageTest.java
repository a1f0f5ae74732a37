package vn.dvk.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The images the build produces (one per service, built by Jib at package and kept as archives: containers
 * cannot be started on the build machines), checked for what a cluster relies on: who runs it, how it starts,
 * what it listens on, where it came from, that its layers hold the application, and that its SBOM lists what
 * it ships. Each check is also held against the Deployment that runs the image.
 */
class ImageTest {

    static final List<String> SERVICES = ServiceConfig.MODULES;

    private static final String APP = "/home/jboss";

    @ParameterizedTest
    @FieldSource("SERVICES")
    void runsAsTheNonRootUserThePodsExpect(String service) {
        ImageArchive image = ImageArchive.of(service);
        String user = image.config().path("User").asText();
        assertTrue(user.matches("[1-9][0-9]*"), service + ": the image's user must be a numeric non-root uid"
                + " (runAsNonRoot cannot check a name), is '" + user + "'");
        for (String overlay : Manifests.OVERLAYS) {
            JsonNode pod = podSpec(overlay, service);
            assertEquals(user, pod.path("securityContext").path("runAsUser").asText(),
                    overlay + ": " + service + "'s pods run as another user than its image");
        }
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void startsJavaOnTheFastJarWithTheHeapLeftToThePod(String service) {
        JsonNode config = ImageArchive.of(service).config();
        List<String> entrypoint = strings(config.path("Entrypoint"));
        assertEquals("java", entrypoint.get(0), service + ": " + entrypoint);
        assertEquals(List.of("-jar", APP + "/quarkus-run.jar"), entrypoint.subList(entrypoint.size() - 2,
                entrypoint.size()), service + ": " + entrypoint);
        // a heap flag on the command line would override JAVA_TOOL_OPTIONS, the pods' only say over the heap
        assertTrue(entrypoint.stream().noneMatch(arg -> arg.startsWith("-Xmx") || arg.contains("RAMPercentage")),
                service + " fixes the heap in its entrypoint: " + entrypoint);
        assertTrue(env(config).stream().anyMatch(e -> e.startsWith("JAVA_TOOL_OPTIONS=")
                && e.contains("-XX:MaxRAMPercentage=")), service + ": no heap default in the image " + env(config));
        assertEquals(APP, config.path("WorkingDir").asText(), service);
        for (String overlay : Manifests.OVERLAYS) {
            JsonNode container = podSpec(overlay, service).path("containers").path(0);
            assertTrue(container.path("command").isMissingNode() && container.path("args").isMissingNode(),
                    overlay + ": " + service + "'s Deployment replaces the image's entrypoint");
        }
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void exposesThePortItsDeploymentProbes(String service) {
        JsonNode config = ImageArchive.of(service).config();
        Set<String> exposed = new TreeSet<>();
        config.path("ExposedPorts").fieldNames().forEachRemaining(exposed::add);
        assertEquals(Set.of("8080/tcp"), exposed, service);
        for (String overlay : Manifests.OVERLAYS) {
            JsonNode port = podSpec(overlay, service).path("containers").path(0).path("ports").path(0);
            assertEquals(8080, port.path("containerPort").asInt(), overlay + ": " + service);
        }
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void saysWhereItCameFrom(String service) {
        ImageArchive image = ImageArchive.of(service);
        JsonNode labels = image.config().path("Labels");
        assertEquals(service, labels.path("org.opencontainers.image.title").asText());
        assertTrue(labels.path("org.opencontainers.image.source").asText().startsWith("https://"), labels::toString);
        assertFalse(labels.path("org.opencontainers.image.base.name").asText().isBlank(), labels::toString);
        String version = labels.path("org.opencontainers.image.version").asText();
        assertEquals(List.of("dvk-province/" + service + ":" + version), image.repoTags());
        String revision = labels.path("org.opencontainers.image.revision").asText();
        assertTrue(isCommitOfThisRepository(revision), service + ": the revision label " + revision
                + " is not a commit of this repository");
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void itsLayersHoldTheApplicationReadableByItsUser(String service) {
        ImageArchive image = ImageArchive.of(service);
        String version = image.config().path("Labels").path("org.opencontainers.image.version").asText();
        for (String path : List.of(APP + "/quarkus-run.jar", APP + "/quarkus/quarkus-application.dat",
                APP + "/app/" + service + "-" + version + ".jar")) {
            assertNotNull(image.file(path), service + ": the image has no " + path);
        }
        assertFalse(libraries(image).isEmpty(), service + ": no libraries in " + APP + "/lib/main");
        assertTrue(libraries(image).stream().anyMatch(jar -> jar.startsWith("vn.dvk.dvk-service-kit-")),
                service + ": the service kit is not in the image");
        long uid = Long.parseLong(image.config().path("User").asText());
        image.files().values().stream().filter(f -> f.path().startsWith(APP + "/")).forEach(f -> {
            boolean readable = f.uid() == uid ? (f.mode() & 0400) != 0 : (f.mode() & 0004) != 0;
            assertTrue(readable, service + ": " + f.path() + " is not readable by uid " + uid);
            assertEquals(0, f.mode() & 0002, service + ": " + f.path() + " is writable by anyone");
        });
        // dependencies change less often than the service's own code: they must not share its layer
        ImageArchive.Layer own = image.layers().stream()
                .filter(l -> l.files().containsKey(APP + "/app/" + service + "-" + version + ".jar"))
                .findFirst().orElseThrow();
        assertTrue(own.files().keySet().stream().noneMatch(p -> p.startsWith(APP + "/lib/main/")),
                service + ": the service's classes share a layer with its libraries");
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void itsBillOfMaterialsListsEveryLibraryItShips(String service) throws IOException {
        JsonNode bom = new ObjectMapper().readTree(ImageArchive.sbom(service).toFile());
        assertEquals("CycloneDX", bom.path("bomFormat").asText());
        Set<String> listed = new TreeSet<>();
        for (JsonNode component : bom.path("components")) {
            String file = component.path("group").asText() + "." + component.path("name").asText() + "-"
                    + component.path("version").asText();
            listed.add(file);
        }
        List<String> missing = new ArrayList<>();
        for (String jar : libraries(ImageArchive.of(service))) {
            String artifact = jar.replaceAll("\\.jar$", "");
            if (listed.stream().noneMatch(artifact::startsWith)) {
                missing.add(jar);
            }
        }
        assertEquals(List.of(), missing, service + ": libraries in the image that its SBOM does not list");
        assertTrue(listed.stream().anyMatch(c -> c.startsWith("org.postgresql.postgresql-")), listed::toString);
    }

    private static List<String> libraries(ImageArchive image) {
        return image.files().keySet().stream().filter(p -> p.startsWith(APP + "/lib/main/") && p.endsWith(".jar"))
                .map(p -> p.substring((APP + "/lib/main/").length())).sorted().toList();
    }

    private static List<String> env(JsonNode config) {
        return strings(config.path("Env"));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static JsonNode podSpec(String overlay, String service) {
        List<ObjectNode> docs = Kustomize.documents(overlay);
        return Docs.at(Docs.get(docs, "Deployment", service), "spec", "template", "spec");
    }

    /**
     * A full commit id that git knows in this checkout (the images may come from an earlier build than the
     * commit checked out); outside a git checkout the build labels its images "unknown".
     */
    private static boolean isCommitOfThisRepository(String revision) {
        try {
            Process git = new ProcessBuilder("git", "-C", Repo.root().toString(), "cat-file", "-t", revision)
                    .redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            boolean known = git.waitFor(30, TimeUnit.SECONDS) && git.exitValue() == 0 && out.equals("commit");
            return known && revision.matches("[0-9a-f]{40}");
        } catch (IOException noGit) {
            return revision.equals("unknown");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
