package vn.dvk.reporting.projection;

import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.query.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;

/** Native query parameters that may be null carry their type: the driver cannot tell which null a query means. */
public final class TypedNulls {

    private TypedNulls() {
    }

    public static TypedParameterValue<String> text(String value) {
        return new TypedParameterValue<>(StandardBasicTypes.STRING, value);
    }

    public static TypedParameterValue<LocalDate> date(LocalDate value) {
        return new TypedParameterValue<>(StandardBasicTypes.LOCAL_DATE, value);
    }

    public static TypedParameterValue<UUID> uuid(UUID value) {
        return new TypedParameterValue<>(StandardBasicTypes.UUID, value);
    }
}
