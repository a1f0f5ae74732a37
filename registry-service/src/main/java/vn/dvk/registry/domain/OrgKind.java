package vn.dvk.registry.domain;

import java.util.Optional;

/** Where an organisation stands in the tree PROVINCE → BLOC → BASE → UNIT. */
public enum OrgKind {
    PROVINCE, BLOC, BASE, UNIT;

    /** The kind of the parent a node of this kind hangs under; none for a province, the root. */
    public Optional<OrgKind> parentKind() {
        return this == PROVINCE ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
    }
}
