package vn.dvk.registry.domain;

/** The orders a list of models can be read in; each ends with the id, so that it is total and pages are stable. */
public enum ModelSort {
    NEWEST("created_at", false),
    OLDEST("created_at", true),
    RECENTLY_UPDATED("updated_at", false),
    TITLE("title_key", true),
    /** Best match first; only with search text. */
    RELEVANCE("rank", false);

    /** The column of the search's inner select the order reads. */
    final String key;
    final boolean ascending;

    ModelSort(String key, boolean ascending) {
        this.key = key;
        this.ascending = ascending;
    }
}
