package vn.dvk.registry.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads organisations and campaigns from JSON files at start, when some are configured. They go through the same
 * administration as an admin's changes, so loading a file again changes only what differs, and two replicas
 * starting at once on an empty database load it once (the organisation import holds the tree's lock until the
 * whole file is in). The file's campaigns are open.
 */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);

    @ConfigProperty(name = "dvk.registry.seed-file")
    Optional<List<String>> seedFiles;

    private final ObjectMapper mapper;
    private final OrganisationAdministration organisations;
    private final CampaignAdministration campaigns;

    public SeedLoader(ObjectMapper mapper, OrganisationAdministration organisations, CampaignAdministration campaigns) {
        this.mapper = mapper;
        this.organisations = organisations;
        this.campaigns = campaigns;
    }

    void onStart(@Observes StartupEvent start) throws IOException {
        for (String file : seedFiles.orElse(List.of())) {
            if (!file.isBlank()) {
                load(Path.of(file.strip()));
            }
        }
    }

    @Transactional
    void load(Path file) throws IOException {
        SeedData seed = mapper.readValue(Files.readString(file), SeedData.class);
        OrganisationAdministration.ImportOutcome outcome = organisations.importTree(null, seed.organisations(), "seed");
        seed.campaigns().forEach(campaigns::seed);
        LOG.infof("Loaded %s: organisations %s; %d campaigns", file.toAbsolutePath(), outcome,
                seed.campaigns().size());
    }
}
