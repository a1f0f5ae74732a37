package vn.dvk.registry.domain;

/** A model ("mô hình") or an exemplar ("điển hình": an outstanding collective or individual). */
public enum ModelKind {
    MODEL, EXEMPLAR
}
