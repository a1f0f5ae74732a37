package vn.dvk.reporting.projection;

import java.util.regex.Pattern;

/**
 * The database schema a projection writes to: the live one that readers use, or the one a rebuild fills before it
 * takes the live one's place. Projection SQL names its tables {@code {p}.table}; this puts the schema in.
 */
public record ProjectionSchema(String name) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    public ProjectionSchema {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a schema name: " + name);
        }
    }

    public String sql(String template) {
        return template.replace("{p}.", name + ".");
    }
}
