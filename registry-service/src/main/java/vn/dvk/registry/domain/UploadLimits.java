package vn.dvk.registry.domain;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How much evidence the registry takes: per file, and in all per model and per unit (bytes and files), so that
 * one unit, or one stolen account, cannot fill the database every other unit stores its evidence in.
 */
@ConfigMapping(prefix = "dvk.uploads")
public interface UploadLimits {

    /** One file at most (413 above it). */
    @WithDefault("10M")
    MemorySize maxFileSize();

    /** All the files of one model. */
    @WithDefault("100M")
    MemorySize perModelBytes();

    @WithDefault("50")
    int perModelFiles();

    /** All the files of all the models of one unit. */
    @WithDefault("1G")
    MemorySize perUnitBytes();

    @WithDefault("500")
    int perUnitFiles();

    /**
     * Uploads one instance receives at once; times the HTTP body limit, what they may hold in the uploads
     * directory at most.
     */
    @WithDefault("32")
    int maxConcurrent();
}
