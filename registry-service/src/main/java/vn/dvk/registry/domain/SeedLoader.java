package vn.dvk.registry.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Loads organisations and campaigns from JSON files at start, when some are configured: a path, or
 * {@code classpath:<resource>} for a file on the class path (the demo province of dvk-contracts,
 * {@code classpath:vn/dvk/contracts/demo/an-giang.json}, which every registry carries). They go through the same
 * administration as an admin's changes, so loading a file again changes only what differs, and two replicas
 * starting at once on an empty database load it once (the organisation import holds the tree's lock until the
 * whole file is in). The file's campaigns are open; its demo models go through the steps a unit takes (draft,
 * submit, withdraw), so their events reach recognition and reporting like any other.
 */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);
    private static final String CLASSPATH = "classpath:";

    private final ObjectMapper mapper;
    private final OrganisationAdministration organisations;
    private final CampaignAdministration campaigns;
    private final ModelRegistration registration;
    private final SeedSettings settings;

    public SeedLoader(ObjectMapper mapper, OrganisationAdministration organisations, CampaignAdministration campaigns,
            ModelRegistration registration, SeedSettings settings) {
        this.mapper = mapper;
        this.organisations = organisations;
        this.campaigns = campaigns;
        this.registration = registration;
        this.settings = settings;
    }

    void onStart(@Observes StartupEvent start) throws IOException {
        for (String file : settings.seedFile().orElse(List.of())) {
            if (!file.isBlank()) {
                load(file.strip());
            }
        }
    }

    @Transactional
    void load(String file) throws IOException {
        SeedData seed = mapper.readValue(read(file), SeedData.class);
        OrganisationAdministration.ImportOutcome outcome = organisations.importTree(null, seed.organisationsOrNone(), "seed");
        seed.campaignsOrNone().forEach(campaigns::seed);
        long registered = seed.modelsOrNone().stream().filter(this::register).count();
        LOG.infof("Loaded %s: organisations %s; %d campaigns; %d demo models registered", file, outcome,
                seed.campaignsOrNone().size(), registered);
    }

    private static String read(String file) throws IOException {
        if (!file.startsWith(CLASSPATH)) {
            return Files.readString(Path.of(file).toAbsolutePath());
        }
        String resource = file.substring(CLASSPATH.length());
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new FileNotFoundException("No seed file " + resource + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Registers the demo model through the unit's own steps, unless its unit has one of that title already. */
    private boolean register(SeedData.DemoModel demo) {
        ModelContent content = demo.content().normalised();
        if (MobilizationModel.count("unitId = ?1 and title = ?2", demo.unitId(), content.title()) > 0) {
            return false;
        }
        Organisation unit = Organisation.<Organisation>findByIdOptional(demo.unitId())
                .orElseThrow(() -> new IllegalArgumentException("Demo model of unknown unit " + demo.unitId()));
        MobilizationModel model = registration.draft(unit, content, "demo");
        if (demo.status() != ModelStatus.DRAFT) {
            registration.submit(model, "demo");
        }
        if (demo.status() == ModelStatus.WITHDRAWN) {
            registration.withdraw(model, "Đơn vị điều chỉnh kế hoạch");
        }
        return true;
    }
}
