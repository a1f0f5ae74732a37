package vn.dvk.registry.domain;

import vn.dvk.kit.problems.ProblemType;

/**
 * The refusals of the registry's own rules that clients branch on, each under its own {@code type} URI (the
 * kit's {@link ProblemType#BASE} and the slug). The URIs are part of the API: never change one.
 */
public enum RegistryProblems implements ProblemType {
    /** A model drafted or first submitted while its campaign takes no registrations (409). */
    OUTSIDE_REGISTRATION_PERIOD(409, "outside-registration-period",
            RegistryMessages.TITLE_OUTSIDE_REGISTRATION_PERIOD),
    /** Evidence that would take a model or a unit past the files or bytes it may hold (413). */
    UPLOAD_QUOTA_EXCEEDED(413, "upload-quota-exceeded", RegistryMessages.TITLE_UPLOAD_QUOTA_EXCEEDED),
    /** A take-up naming a model that cannot be taken up: not recognised, itself, or its own unit's (422). */
    REPLICATION_REFUSED(422, "replication-refused", RegistryMessages.TITLE_REPLICATION_REFUSED);

    private final Definition definition;

    RegistryProblems(int status, String slug, RegistryMessages title) {
        this.definition = Definition.of(status, slug, title);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
