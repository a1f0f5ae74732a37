package vn.dvk.kit.migrations;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/** A kit module's scripts as Flyway reads them: from the class path, by the names {@link KitModule} lists. */
final class ListedScripts implements ResourceProvider {

    private final KitModule module;
    private final ClassLoader classLoader;

    ListedScripts(KitModule module, ClassLoader classLoader) {
        this.module = module;
        this.classLoader = classLoader;
    }

    @Override
    public LoadableResource getResource(String name) {
        return module.scripts().contains(name) ? new Script(name) : null;
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        List<String> endings = Arrays.asList(suffixes);
        return module.scripts().stream()
                .filter(name -> name.startsWith(prefix) && endings.stream().anyMatch(name::endsWith))
                .<LoadableResource>map(Script::new)
                .toList();
    }

    private final class Script extends LoadableResource {

        private final String name;

        Script(String name) {
            this.name = name;
        }

        @Override
        public Reader read() {
            String path = getAbsolutePath();
            InputStream content = classLoader.getResourceAsStream(path);
            if (content == null) {
                throw new FlywayException("The kit's migration " + path + " is not on the class path");
            }
            return new InputStreamReader(content, StandardCharsets.UTF_8);
        }

        @Override
        public String getAbsolutePath() {
            return module.folder() + "/" + name;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return null;
        }

        @Override
        public String getFilename() {
            return name;
        }

        @Override
        public String getRelativePath() {
            return name;
        }
    }
}
