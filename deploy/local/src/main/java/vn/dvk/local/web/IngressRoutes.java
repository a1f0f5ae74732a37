package vn.dvk.local.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The path prefixes the Kubernetes Ingress {@code dvk-api} routes, and to which service, read from the very file
 * the cluster applies (deploy/k8s/base/network/ingress.yaml): the local gateway cannot route otherwise than the
 * Ingress does. What the Ingress does not publish (health, metrics, Swagger UI) reaches no
 * service here either: the Ingress gives it to the web app's server (its path /), which the gateway stands in for.
 */
public final class IngressRoutes {

    static final String INGRESS = "dvk-api";

    /** One {@code pathType: Prefix} path of the Ingress and the Service behind it. */
    public record Route(String prefix, String service) {

        /** As ingress-nginx matches a Prefix path: element by element, not as a bare string prefix. */
        boolean matches(String path) {
            return path.equals(prefix) || path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/");
        }
    }

    private final List<Route> routes;

    IngressRoutes(List<Route> routes) {
        // the longest prefix wins, as in the Ingress
        this.routes = routes.stream().sorted(Comparator.comparingInt((Route r) -> r.prefix().length()).reversed())
                .toList();
    }

    public static IngressRoutes read(Path repoRoot) {
        Path file = repoRoot.resolve("deploy/k8s/base/network/ingress.yaml");
        List<Route> routes = new ArrayList<>();
        try (MappingIterator<JsonNode> documents = new YAMLMapper().readerFor(JsonNode.class).readValues(file.toFile())) {
            while (documents.hasNext()) {
                JsonNode ingress = documents.next();
                if (!INGRESS.equals(ingress.path("metadata").path("name").asText())) {
                    continue;
                }
                for (JsonNode rule : ingress.path("spec").path("rules")) {
                    for (JsonNode path : rule.path("http").path("paths")) {
                        routes.add(new Route(path.path("path").asText(),
                                path.path("backend").path("service").path("name").asText()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Ingress's routes from " + file, e);
        }
        if (routes.isEmpty()) {
            throw new IllegalStateException(file + " has no paths for the Ingress " + INGRESS);
        }
        return new IngressRoutes(routes);
    }

    /** The service that serves this path, if the Ingress routes it. */
    public Optional<String> serviceFor(String path) {
        return routes.stream().filter(route -> route.matches(path)).map(Route::service).findFirst();
    }

    public List<Route> routes() {
        return routes;
    }
}
