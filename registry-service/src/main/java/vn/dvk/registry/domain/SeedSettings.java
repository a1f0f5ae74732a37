package vn.dvk.registry.domain;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/** Which demo or province files the registry loads at start (deploy/local, the tests; none in production). */
@ConfigMapping(prefix = "dvk.registry")
public interface SeedSettings {

    /** Files, or {@code classpath:} resources, of organisations, campaigns and models. */
    Optional<List<String>> seedFile();
}
