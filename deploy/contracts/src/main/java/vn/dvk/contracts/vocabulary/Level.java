package vn.dvk.contracts.vocabulary;

import java.util.Optional;

/** The recognition levels, climbed in this order: base ("cấp cơ sở"), bloc ("cấp khối"), province ("cấp tỉnh"). */
public enum Level {
    BASE, BLOC, PROVINCE;

    /** The level a model is nominated to from this one; empty at the top. */
    public Optional<Level> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    /** The level below this one; empty at the base. */
    public Optional<Level> previous() {
        return ordinal() > 0 ? Optional.of(values()[ordinal() - 1]) : Optional.empty();
    }

    /** The level as Vietnamese texts name it: "cơ sở", "khối", "tỉnh" (as in "cấp cơ sở"). */
    public String vietnamese() {
        return switch (this) {
            case BASE -> "cơ sở";
            case BLOC -> "khối";
            case PROVINCE -> "tỉnh";
        };
    }
}
