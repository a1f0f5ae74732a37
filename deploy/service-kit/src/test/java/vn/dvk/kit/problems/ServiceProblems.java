package vn.dvk.kit.problems;

/** A service's own kinds of problem, as a service declares them: the kit knows nothing of them. */
enum ServiceProblems implements ProblemType {
    OUT_OF_SEASON(409, "out-of-season", ServiceMessages.OUT_OF_SEASON_TITLE);

    private final Definition definition;

    ServiceProblems(int status, String slug, ServiceMessages title) {
        this.definition = Definition.of(status, slug, title);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
