package vn.dvk.kit.db;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Values of native query rows, which arrive as whichever type the driver and Hibernate chose; and arrays passed to
 * native queries as one text parameter, split in SQL by {@code string_to_array(:values, :separator)}.
 */
public final class NativeValues {

    /** Separates an array's elements in a text parameter: no code, id, key, date or number contains it. */
    public static final String SEPARATOR = "\u001f";

    private NativeValues() {
    }

    /** The values as one text parameter for {@code string_to_array(:values, :separator)} ({@link #SEPARATOR}). */
    public static String joined(Collection<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(SEPARATOR));
    }

    /** A {@code timestamptz} column, in UTC; null stays null. */
    public static OffsetDateTime timestamp(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime time) {
            return time.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("Unexpected timestamp " + value.getClass());
    }

    /** A {@code date} column; null stays null. */
    public static LocalDate date(Object value) {
        if (value == null || value instanceof LocalDate) {
            return (LocalDate) value;
        }
        if (value instanceof Date date) {
            return date.toLocalDate();
        }
        throw new IllegalStateException("Unexpected date " + value.getClass());
    }
}
