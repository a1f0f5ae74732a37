package vn.dvk.kit.problems;

/** A service's own texts, as a service declares them: its catalogue files are beside it, the kit's untouched. */
enum ServiceMessages implements Message {
    OUT_OF_SEASON_TITLE,
    NOT_IN_SEASON_YET
}
