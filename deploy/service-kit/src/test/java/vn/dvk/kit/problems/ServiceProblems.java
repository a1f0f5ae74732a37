package vn.dvk.kit.problems;

/** A service's own kinds of problem, as a service declares them: the kit knows nothing of them. */
enum ServiceProblems implements ProblemType {
    OUT_OF_SEASON(409, "out-of-season", "Ngoài mùa", "Out of season");

    private final Definition definition;

    ServiceProblems(int status, String slug, String vietnamese, String english) {
        this.definition = Definition.of(status, slug, vietnamese, english);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
