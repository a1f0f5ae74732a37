package vn.dvk.contracts.vocabulary;

import java.util.stream.Stream;

/**
 * The organisations a model's recognition climbs through, read from the organisation tree when the model
 * is submitted. Every event about a model carries it, so no service has to ask another who may act on it.
 * A base organisation that is itself the unit appears as both {@code base} and {@code unit}.
 */
public record OrgPath(OrgRef province, OrgRef bloc, OrgRef base, OrgRef unit) {

    /** The organisation that reviews the model at the given level. */
    public OrgRef at(Level level) {
        return switch (level) {
            case BASE -> base;
            case BLOC -> bloc;
            case PROVINCE -> province;
        };
    }

    /** Whether every level is named: what a consumer checks before trusting an event's path. */
    public boolean hasEveryLevel() {
        return Stream.of(province, bloc, base, unit).allMatch(org -> org != null && org.id() != null);
    }

    /** Whether the organisation is one of the path's: readers anywhere on the path may see the model. */
    public boolean contains(String orgId) {
        return Stream.of(province, bloc, base, unit).anyMatch(org -> org.id().equals(orgId));
    }
}
