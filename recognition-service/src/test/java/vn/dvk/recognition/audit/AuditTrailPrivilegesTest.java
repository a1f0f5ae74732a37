package vn.dvk.recognition.audit;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import vn.dvk.testing.AppendOnlyTable;

/**
 * The audit trail against the service's own runtime credentials: an intruder with the pod's database password can
 * add entries, but neither rewrite nor remove them, nor switch the append-only triggers off.
 */
@QuarkusTest
class AuditTrailPrivilegesTest {

    @Test
    void theServicesRuntimeRoleMayOnlyAppendToTheAuditTrail() throws SQLException {
        AppendOnlyTable.assertProtectedFromRuntimeRole("recognition.audit_entry", """
                insert into recognition.audit_entry (at, actor, action, subject_type, subject_id)
                values (now(), 'privileges-test', 'VOTE', 'case', 'x')""", "actor");
    }
}
