package vn.dvk.testing;

import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Connections as the role that owns a service's schema, the one Flyway migrates as ({@code quarkus.flyway.*}):
 * what a migration test needs to build a scratch schema, since the service's own runtime role may create none.
 */
public final class SchemaOwner {

    private SchemaOwner() {
    }

    /** Unpooled connections to the service's database as its schema's owner. */
    public static DataSource dataSource() {
        Config config = ConfigProvider.getConfig();
        PGSimpleDataSource owner = new PGSimpleDataSource();
        owner.setURL(config.getValue("quarkus.datasource.jdbc.url", String.class));
        owner.setUser(config.getValue("quarkus.flyway.username", String.class));
        owner.setPassword(config.getValue("quarkus.flyway.password", String.class));
        return owner;
    }
}
