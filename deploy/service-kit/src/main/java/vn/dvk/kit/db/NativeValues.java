package vn.dvk.kit.db;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Values of native query rows, which arrive as whichever type the driver and Hibernate chose. (Arrays go to native
 * queries as Java arrays, which Hibernate binds as SQL arrays: {@code unnest(:ids)}, {@code = any(:keys)}.)
 */
public final class NativeValues {

    private NativeValues() {
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
