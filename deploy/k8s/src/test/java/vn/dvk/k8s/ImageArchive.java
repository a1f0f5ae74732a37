package vn.dvk.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * A service's image as Jib wrote it at package (a docker-save archive: manifest.json, the image's config and
 * its gzipped layers), read back: the configuration a container runtime would start it with, and every file
 * of every layer with its owner and mode.
 */
record ImageArchive(String service, List<String> repoTags, JsonNode config, List<Layer> layers) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One layer: what Jib named it (its history comment) and its files, path → entry. */
    record Layer(String comment, Map<String, FileEntry> files) {
    }

    record FileEntry(String path, long uid, int mode, long size) {
    }

    /** The archives the build copied from the services' modules (deploy/k8s/pom.xml). */
    static Path directory() {
        return Path.of(System.getProperty("dvk.images", "target/images"));
    }

    static ImageArchive of(String service) {
        return read(service, directory().resolve(service + "-image.tar"));
    }

    static Path sbom(String service) {
        return directory().resolve(service + "-cyclonedx.json");
    }

    static ImageArchive read(String service, Path archive) {
        Map<String, byte[]> blobs = new HashMap<>();
        try (var in = new TarArchiveInputStream(Files.newInputStream(archive))) {
            TarArchiveEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (entry.isFile()) {
                    blobs.put(entry.getName(), in.readAllBytes());
                }
            }
            JsonNode manifest = JSON.readTree(required(blobs, "manifest.json", archive)).path(0);
            JsonNode config = JSON.readTree(required(blobs, manifest.path("Config").asText(), archive));
            List<String> tags = new ArrayList<>();
            manifest.path("RepoTags").forEach(tag -> tags.add(tag.asText()));
            List<String> comments = new ArrayList<>();
            config.path("history").forEach(h -> {
                if (!h.path("empty_layer").asBoolean()) {
                    comments.add(h.path("comment").asText());
                }
            });
            List<Layer> layers = new ArrayList<>();
            JsonNode layerNames = manifest.path("Layers");
            for (int i = 0; i < layerNames.size(); i++) {
                byte[] blob = required(blobs, layerNames.get(i).asText(), archive);
                layers.add(new Layer(i < comments.size() ? comments.get(i) : "", files(blob)));
            }
            return new ImageArchive(service, tags, config.path("config"), layers);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the image archive " + archive, e);
        }
    }

    /** The file at this path in the image's file system (the last layer that has it), if any. */
    FileEntry file(String path) {
        FileEntry found = null;
        for (Layer layer : layers) {
            FileEntry entry = layer.files().get(path);
            if (entry != null) {
                found = entry;
            }
        }
        return found;
    }

    /** Every file of every layer, by path. */
    Map<String, FileEntry> files() {
        Map<String, FileEntry> all = new LinkedHashMap<>();
        layers.forEach(layer -> all.putAll(layer.files()));
        return all;
    }

    private static Map<String, FileEntry> files(byte[] gzippedTar) throws IOException {
        Map<String, FileEntry> files = new LinkedHashMap<>();
        try (InputStream gz = new GzipCompressorInputStream(new java.io.ByteArrayInputStream(gzippedTar));
                var tar = new TarArchiveInputStream(gz)) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                String path = "/" + entry.getName().replaceAll("^\\./", "").replaceAll("/$", "");
                files.put(path, new FileEntry(path, entry.getLongUserId(), entry.getMode(), entry.getSize()));
            }
        }
        return files;
    }

    private static byte[] required(Map<String, byte[]> blobs, String name, Path archive) {
        byte[] blob = blobs.get(name);
        if (blob == null) {
            throw new AssertionError(archive + " has no " + name + ": not an image archive as Jib writes one");
        }
        return blob;
    }
}
