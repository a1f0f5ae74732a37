package vn.dvk.recognition.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.kit.migrations.KitMigrationsCustomizer;
import vn.dvk.testing.SchemaOwner;

/**
 * V6 moves the content of the certificates issued before out of their long tokens: kept byte for byte (the
 * signature still verifies over it), and the token becomes the short one. Run on a schema of its own, migrated to
 * V5, given certificates the way V5's code issued them, then migrated on.
 */
@QuarkusTest
class LegacyCertificatesMigrationTest {

    private static final String SCHEMA = "legacy_certificates";

    // as Flyway runs: the service's runtime role may not create the scratch schema
    private final DataSource dataSource = SchemaOwner.dataSource();

    @Inject
    CertificateSigner signer;

    @Inject
    KitMigrationsCustomizer kitMigrations;

    @Test
    void certificatesIssuedBeforeKeepTheirSignedContentAndGetAShortToken() throws SQLException {
        flyway("5").migrate();
        UUID decision = UUID.randomUUID();
        // holders of three lengths: base64 with no padding, one and two padding characters
        List<String> holders = List.of("Bệnh viện 🏥", "Bệnh viện 🏥 A", "Bệnh viện 🏥 AB");
        List<UUID> ids = holders.stream().map(h -> UUID.randomUUID()).toList();
        List<CertificateSigner.Signed> signed = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            execute(connection, "insert into " + SCHEMA + ".decision (id, number, number_key, issuer_org_id, "
                    + "issuer_name, province_id, level, issued_on, signer_name, signer_title, legal_basis, status, "
                    + "created_by, created_at) values ('" + decision + "', '1', '1', 'ag-syt', 'Đảng uỷ', 'ag', "
                    + "'BASE', date '2026-06-15', 'A', 'B', 'C', 'ISSUED', 'x', now())");
            for (int i = 0; i < holders.size(); i++) {
                signed.add(signer.sign(content(ids.get(i), holders.get(i))));
                String legacyToken = Base64.getUrlEncoder().withoutPadding().encodeToString(
                        signed.get(i).canonicalContent().getBytes(StandardCharsets.UTF_8)) + "." + signed.get(i).signature();
                try (PreparedStatement insert = connection.prepareStatement("insert into " + SCHEMA + ".certificate "
                        + "(id, kind, decision_id, model_id, level, content, key_id, signature, issued_at) "
                        + "values (?, 'RECOGNITION', ?, ?, 'BASE', ?, ?, ?, now())")) {
                    insert.setObject(1, ids.get(i));
                    insert.setObject(2, decision);
                    insert.setObject(3, UUID.randomUUID());
                    insert.setString(4, legacyToken);
                    insert.setString(5, signer.keyId());
                    insert.setString(6, signed.get(i).signature());
                    insert.executeUpdate();
                }
            }
        }

        flyway(null).migrate();

        try (Connection connection = dataSource.getConnection()) {
            for (int i = 0; i < ids.size(); i++) {
                try (PreparedStatement select = connection.prepareStatement(
                        "select token, signed_content from " + SCHEMA + ".certificate where id = ?")) {
                    select.setObject(1, ids.get(i));
                    try (ResultSet row = select.executeQuery()) {
                        assertTrue(row.next());
                        assertEquals(ids.get(i) + "." + signed.get(i).signature(), row.getString("token"));
                        assertEquals(signed.get(i).canonicalContent(), row.getString("signed_content"));
                        assertTrue(signer.verifies(signer.keyId(), row.getString("signed_content")
                                .getBytes(StandardCharsets.UTF_8), Base64.getUrlDecoder().decode(signed.get(i).signature())));
                    }
                }
            }
        } finally {
            try (Connection connection = dataSource.getConnection()) {
                execute(connection, "drop schema " + SCHEMA + " cascade");
            }
        }
    }

    private Flyway flyway(String target) {
        // as the service's Flyway is configured: its own migrations, the kit's modules in their own histories
        FluentConfiguration configuration = Flyway.configure().dataSource(dataSource).schemas(SCHEMA)
                .locations("db/migration");
        kitMigrations.customize(configuration);
        return (target == null ? configuration : configuration.target(target)).load();
    }

    private static CertificateContent content(UUID id, String holder) {
        return new CertificateContent(id, "RECOGNITION", "demo-2026", holder, null, "Mô hình \"Dân vận khéo\"", null,
                Level.BASE, "Đợt 2026", "45-QĐ/ĐU", LocalDate.of(2026, 6, 15), "Đảng uỷ Sở Y tế", "Nguyễn Văn An",
                "Bí thư");
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
