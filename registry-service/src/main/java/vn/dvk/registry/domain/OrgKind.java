package vn.dvk.registry.domain;

/** Where an organisation stands in the tree PROVINCE → BLOC → BASE → UNIT. */
public enum OrgKind {
    PROVINCE, BLOC, BASE, UNIT
}
