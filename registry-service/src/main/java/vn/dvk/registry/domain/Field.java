package vn.dvk.registry.domain;

/** The four fields ("lĩnh vực") a model belongs to. */
public enum Field {
    ECONOMY, CULTURE_SOCIETY, DEFENSE_SECURITY, POLITICAL_SYSTEM
}
