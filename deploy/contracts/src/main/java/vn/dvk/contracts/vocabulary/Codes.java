package vn.dvk.contracts.vocabulary;

/**
 * Organisations and campaigns are named by short readable codes ({@code ag-syt}, {@code dvk-2026}): lower-case
 * ASCII letters, digits and hyphens, so they travel unescaped in paths, headers and Kafka keys.
 */
public final class Codes {

    public static final String PATTERN = "[a-z0-9][a-z0-9-]{0,63}";
    public static final String MESSAGE = "must be a code of lower-case letters, digits and hyphens (at most 64)";

    private Codes() {
    }
}
