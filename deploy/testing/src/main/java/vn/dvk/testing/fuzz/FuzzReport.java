package vn.dvk.testing.fuzz;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a fuzz run sent and got: statuses per operation, violations with the requests that caused them. */
public final class FuzzReport {

    /** Examples kept per operation and rule: enough to replay, not a flood. */
    private static final int EXAMPLES = 3;

    private final String service;
    private final int tries;
    private final long seed;
    private final List<Fuzzer.KnownFinding> knownFindings;
    private final Map<String, Map<Integer, Integer>> statuses = new LinkedHashMap<>();
    private final Map<String, Integer> violationCounts = new TreeMap<>();
    private final Map<String, List<String>> examples = new TreeMap<>();
    private final Map<String, Integer> knownCounts = new TreeMap<>();
    private int stateChecks;
    private int fiveHundreds;
    private long nanos;
    private int operations;

    FuzzReport(String service, int tries, long seed, List<Fuzzer.KnownFinding> knownFindings) {
        this.service = service;
        this.tries = tries;
        this.seed = seed;
        this.knownFindings = knownFindings;
    }

    void answered(ApiOperation operation, int status) {
        statuses.computeIfAbsent(operation.id(), id -> new TreeMap<>()).merge(status, 1, Integer::sum);
        if (status >= 500) {
            fiveHundreds++;
        }
    }

    void violation(FuzzRequest request, Fuzzer.Rule rule, Answer answer, String detail) {
        String key = request.operation().id() + " — " + rule.text;
        boolean known = knownFindings.stream().anyMatch(k -> k.covers(request, rule, answer));
        Map<String, Integer> counts = known ? knownCounts : violationCounts;
        int count = counts.merge(key, 1, Integer::sum);
        if (count <= EXAMPLES) {
            examples.computeIfAbsent(key, k -> new ArrayList<>()).add(request.describe() + "\n    → "
                    + (answer == null ? "" : answer.status() + " " + answer.contentType() + " "
                    + FuzzRequest.abbreviate(answer.body(), 500)) + (detail == null ? "" : " (" + detail + ")"));
        }
    }

    void stateChecked() {
        stateChecks++;
    }

    void finished(List<ApiOperation> all, long nanos) {
        this.operations = all.size();
        this.nanos = nanos;
    }

    public int requests() {
        return statuses.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
    }

    public String markdown() {
        StringBuilder md = new StringBuilder("# Fuzz report: " + service + "\n\n");
        md.append("%d operations × %d tries (seed %d, `-Ddvk.fuzz.tries`, `-Ddvk.fuzz.seed`): %d requests in %.1f s, "
                .formatted(operations, tries, seed, requests(), nanos / 1e9));
        md.append("%d answered 5xx; %d refusals checked for a change of state.\n\n".formatted(fiveHundreds, stateChecks));
        Map<Integer, Integer> total = new TreeMap<>();
        statuses.values().forEach(m -> m.forEach((s, n) -> total.merge(s, n, Integer::sum)));
        md.append("Statuses over all operations: ").append(total).append("\n\n");
        md.append("| operation | requests | statuses |\n| --- | ---: | --- |\n");
        statuses.forEach((id, m) -> md.append("| ").append(id).append(" | ")
                .append(m.values().stream().mapToInt(Integer::intValue).sum()).append(" | ").append(m).append(" |\n"));
        section(md, "Violations", violationCounts);
        section(md, "Known findings (tracked elsewhere, not failing this run)", knownCounts);
        if (!knownFindings.isEmpty()) {
            md.append("\nKnown findings declared: ");
            knownFindings.forEach(k -> md.append("\n- ").append(k.operationId()).append(", ").append(k.rule().text)
                    .append(k.status() == 0 ? "" : ", status " + k.status()).append(": ").append(k.where()));
            md.append('\n');
        }
        return md.toString();
    }

    private void section(StringBuilder md, String title, Map<String, Integer> counts) {
        md.append("\n## ").append(title).append(": ").append(counts.isEmpty() ? "none" : counts.size()).append('\n');
        counts.forEach((key, count) -> {
            md.append("\n### ").append(key).append(" (").append(count).append(")\n\n");
            examples.getOrDefault(key, List.of()).forEach(e -> md.append("- `").append(e.replace("`", "'"))
                    .append("`\n"));
        });
    }

    /** Writes the report (target/fuzz-report.md by convention) and prints it. */
    public FuzzReport writeTo(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, markdown());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println(markdown());
        return this;
    }

    /** Fails listing every violation that is not a declared known finding. */
    public void assertNoViolations() {
        if (!violationCounts.isEmpty()) {
            StringBuilder message = new StringBuilder(violationCounts.size() + " kinds of violation (seed " + seed
                    + "):\n");
            violationCounts.forEach((key, count) -> {
                message.append(key).append(" (").append(count).append(")\n");
                examples.getOrDefault(key, List.of()).forEach(e -> message.append("  ").append(e).append('\n'));
            });
            fail(message.toString());
        }
    }
}
