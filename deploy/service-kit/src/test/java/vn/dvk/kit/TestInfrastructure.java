package vn.dvk.kit;

import io.quarkus.test.common.QuarkusTestResource;
import vn.dvk.testing.KafkaBrokerResource;
import vn.dvk.testing.OidcIssuerResource;
import vn.dvk.testing.PostgresDatabaseResource;

/** The real infrastructure the kit's tests run against (applies to all test classes). */
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(PostgresDatabaseResource.class)
@QuarkusTestResource(OidcIssuerResource.class)
public final class TestInfrastructure {
    private TestInfrastructure() {
    }
}
