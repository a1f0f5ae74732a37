package vn.dvk.reporting.projection;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The schema readers use and live events go to: the service's own. */
@ApplicationScoped
public class LiveSchema {

    private final ProjectionSchema schema;

    public LiveSchema(@ConfigProperty(name = "quarkus.hibernate-orm.database.default-schema") String name) {
        this.schema = new ProjectionSchema(name);
    }

    public ProjectionSchema schema() {
        return schema;
    }
}
