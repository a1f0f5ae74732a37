package vn.dvk.local.faults;

/** The recognition levels, lowest first (as the services' own Level). */
public enum Level {
    BASE, BLOC, PROVINCE;

    /** {@code null} for null: a model not recognised anywhere yet. */
    public static Level of(String name) {
        return name == null ? null : valueOf(name);
    }

    public boolean atLeast(Level other) {
        return compareTo(other) >= 0;
    }

    /** Where a model's recognition should stop: spread over the three levels so that every level is exercised. */
    public static Level targetOf(java.util.UUID modelId) {
        return values()[Math.floorMod(modelId.hashCode(), 3)];
    }
}
