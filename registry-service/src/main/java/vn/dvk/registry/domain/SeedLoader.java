package vn.dvk.registry.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.dvk.kit.domain.Text;

/**
 * Loads organisations and campaigns from a JSON file at start, when one is configured. Loading again
 * updates names and places rather than duplicating anything, so a restart with the same file is harmless.
 */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);

    @ConfigProperty(name = "dvk.registry.seed-file")
    Optional<String> seedFile;

    private final ObjectMapper mapper;

    public SeedLoader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Transactional
    void onStart(@Observes StartupEvent start) throws IOException {
        if (seedFile.isEmpty() || seedFile.get().isBlank()) {
            return;
        }
        Path file = Path.of(seedFile.get());
        SeedData seed = mapper.readValue(Files.readString(file), SeedData.class);
        seed.organisations().forEach(SeedLoader::upsert);
        seed.campaigns().forEach(SeedLoader::upsert);
        LOG.infof("Loaded %d organisations and %d campaigns from %s", seed.organisations().size(),
                seed.campaigns().size(), file.toAbsolutePath());
    }

    private static void upsert(SeedData.OrganisationSeed seed) {
        Organisation org = Organisation.<Organisation>findByIdOptional(seed.id()).orElseGet(Organisation::new);
        org.id = seed.id();
        org.kind = seed.kind();
        org.name = Text.nfc(seed.name());
        org.parentId = seed.parentId();
        org.persist();
        Organisation.flush(); // children reference it in the same transaction
    }

    private static void upsert(SeedData.CampaignSeed seed) {
        Campaign campaign = Campaign.<Campaign>findByIdOptional(seed.id()).orElseGet(Campaign::new);
        campaign.id = seed.id();
        campaign.movement = seed.movement();
        campaign.name = Text.nfc(seed.name());
        campaign.organisationId = seed.organisationId();
        campaign.startsOn = seed.startsOn();
        campaign.endsOn = seed.endsOn();
        campaign.persist();
    }
}
