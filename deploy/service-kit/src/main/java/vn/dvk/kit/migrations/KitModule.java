package vn.dvk.kit.migrations;

import java.util.List;

/**
 * A part of the kit that keeps tables in the service's schema. Each has its migrations in {@code db/kit/<name>} and
 * its own Flyway history table, so a service takes a part in (or the kit adds a migration to one) without fitting
 * versions into the gaps of the service's own history. A service lists the parts it uses in
 * {@code dvk.migrations.kit-modules}.
 *
 * <p>The scripts are listed, not scanned: Quarkus only indexes the locations in {@code quarkus.flyway.locations} at
 * build time, and a packaged application cannot list a folder of its class path. {@code KitModuleTest} checks the
 * lists against the folders. Their versions are those they had when they still ran in the services' histories
 * ({@link LegacyKitRows} hands those over).
 */
public enum KitModule {

    /** The transactional outbox (vn.dvk.kit.outbox). */
    OUTBOX("V0_1__outbox_message.sql", "V1_3__outbox_pruning_index.sql", "V4_1__outbox_topic.sql",
            "V10_1__outbox_trace_context.sql"),
    /** The event inbox and the dead letters replayed (vn.dvk.kit.events). */
    INBOX("V1_1__consumer_inbox.sql", "V1_2__dead_letter_replay.sql"),
    /** Answers kept for Idempotency-Key retries (vn.dvk.kit.idempotency). */
    IDEMPOTENCY("V2_1__idempotent_request.sql"),
    /** The append-only audit trail (vn.dvk.kit.audit). */
    AUDIT("V10_2__audit_entry.sql");

    private final List<String> scripts;

    KitModule(String... scripts) {
        this.scripts = List.of(scripts);
    }

    /** As written in {@code dvk.migrations.kit-modules}. */
    public String moduleName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The class-path folder of its scripts. */
    public String folder() {
        return "db/kit/" + moduleName();
    }

    /**
     * Where its scripts were before the kit's modules had histories of their own: Quarkus's Flyway recorded them in
     * the services' histories under this folder ({@code db/outbox/V0_1__outbox_message.sql}).
     */
    public String legacyFolder() {
        return "db/" + moduleName();
    }

    /** Its scripts' file names, oldest first. */
    public List<String> scripts() {
        return scripts;
    }

    /** Its own Flyway history, beside the service's {@code flyway_schema_history}. */
    public String historyTable() {
        return "flyway_kit_" + moduleName() + "_history";
    }
}
