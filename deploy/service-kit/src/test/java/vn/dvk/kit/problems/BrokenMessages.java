package vn.dvk.kit.problems;

/** A catalogue with one of each mistake {@link CatalogueDefects} must catch, and one key worded well. */
enum BrokenMessages implements Message {
    WORDED_WELL,
    MISSING_IN_ENGLISH,
    BLANK_IN_VIETNAMESE,
    ARGUMENTS_DIFFER,
    STRAY_APOSTROPHE,
    FORMATTED_ARGUMENT
}
