package vn.dvk.recognition.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dvk.kit.idempotency.IdempotencyPruning;

/**
 * Recognition keeps the answers to councils and decisions created with an Idempotency-Key for
 * {@code dvk.idempotency.retention} (24 hours), then forgets them, as the registry does: its keys were once kept
 * for ever, the pruning being switched on only in the registry.
 */
@QuarkusTest
class IdempotencyKeysForgottenTest {

    @Inject
    IdempotencyPruning pruning;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void keysOlderThanTheRetentionAreForgottenAndNewerOnesKept() throws SQLException {
        String caller = "pruning-test-" + UUID.randomUUID();
        insert(caller, "two-days-old", "now() - interval '2 days'");
        insert(caller, "an-hour-old", "now() - interval '1 hour'");

        pruning.forgetExpired();

        assertEquals(List.of("an-hour-old"), keysOf(caller));
    }

    private void insert(String caller, String key, String createdAt) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "insert into recognition.idempotent_request (caller, idempotency_key, fingerprint, status, created_at) "
                        + "values (?, ?, repeat('0', 64), 201, " + createdAt + ")")) {
            insert.setString(1, caller);
            insert.setString(2, key);
            insert.executeUpdate();
        }
    }

    private List<String> keysOf(String caller) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "select idempotency_key from recognition.idempotent_request where caller = ? order by 1")) {
            select.setString(1, caller);
            List<String> keys = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getString(1));
                }
            }
            return keys;
        }
    }
}
