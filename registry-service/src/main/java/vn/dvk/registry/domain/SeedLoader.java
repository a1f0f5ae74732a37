package vn.dvk.registry.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Loads organisations and campaigns from JSON files at start, when some are configured: a path, or
 * {@code classpath:<resource>} for a file on the class path (the demo province of dvk-contracts,
 * {@code classpath:vn/dvk/contracts/demo/an-giang.json}, which every registry carries). They go through the same
 * administration as an admin's changes, so loading a changed file changes only what differs, and two replicas
 * starting at once on an empty database load it once (the organisation import holds the tree's lock until the
 * whole file is in). The file's campaigns are open; its demo models go through the steps a unit takes (draft,
 * submit, withdraw), so their events reach recognition and reporting like any other.
 *
 * <p>A file whose content was loaded before under the same name (table {@code seed_file}: its SHA-256) is not
 * loaded again: the launcher names its files at every start, and what an administrator changed in the demo
 * province since stays as they left it.
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
    private final EntityManager entityManager;
    private final Clock clock;

    public SeedLoader(ObjectMapper mapper, OrganisationAdministration organisations, CampaignAdministration campaigns,
            ModelRegistration registration, SeedSettings settings, EntityManager entityManager, Clock clock) {
        this.mapper = mapper;
        this.organisations = organisations;
        this.campaigns = campaigns;
        this.registration = registration;
        this.settings = settings;
        this.entityManager = entityManager;
        this.clock = clock;
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
        byte[] content = read(file);
        String digest = Sha256.hex(content);
        if (loadedBefore(file, digest)) {
            LOG.infof("Skipped %s: loaded before with the same content", file);
            return;
        }
        SeedData seed = mapper.readValue(content, SeedData.class);
        OrganisationAdministration.ImportOutcome outcome = organisations.importTree(null, seed.organisationsOrNone(), "seed");
        seed.campaignsOrNone().forEach(campaigns::seed);
        long registered = seed.modelsOrNone().stream().filter(this::register).count();
        recordLoaded(file, digest);
        LOG.infof("Loaded %s: organisations %s; %d campaigns; %d demo models registered", file, outcome,
                seed.campaignsOrNone().size(), registered);
    }

    private static byte[] read(String file) throws IOException {
        if (!file.startsWith(CLASSPATH)) {
            return Files.readAllBytes(Path.of(file).toAbsolutePath());
        }
        String resource = file.substring(CLASSPATH.length());
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new FileNotFoundException("No seed file " + resource + " on the class path");
            }
            return in.readAllBytes();
        }
    }

    private boolean loadedBefore(String file, String digest) {
        return !entityManager.createNativeQuery("select 1 from {h-schema}seed_file where name = :name and sha256 = :digest")
                .setParameter("name", file).setParameter("digest", digest).getResultList().isEmpty();
    }

    /** An upsert: a replica that loaded the same file at the same time has found nothing left to change. */
    private void recordLoaded(String file, String digest) {
        entityManager.createNativeQuery("""
                insert into {h-schema}seed_file (name, sha256, loaded_at) values (:name, :digest, :now)
                on conflict (name) do update set sha256 = excluded.sha256, loaded_at = excluded.loaded_at""")
                .setParameter("name", file).setParameter("digest", digest)
                .setParameter("now", OffsetDateTime.now(clock)).executeUpdate();
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
