package vn.dvk.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;
import vn.dvk.testing.ProblemWording;

/**
 * Drives every operation of a service's OpenAPI document with requests drawn from jqwik's generators, and checks
 * the rules every answer keeps: never a 5xx; every 4xx an RFC 9457 problem+json whose {@code type}, {@code title}
 * and {@code status} are there and whose status is the answer's, worded in the language the request asked for
 * ({@link ProblemWording}: no English sentence in a Vietnamese answer, nor the reverse); and a refused request
 * changes nothing.
 *
 * <p>jqwik runs its {@code @Property} methods in its own JUnit engine, where a {@code @QuarkusTest}'s application
 * is not started. So a Quarkus test calls this instead, and each operation's arbitrary is asked for values in a
 * {@link JqwikSession} (jqwik's API for generators used outside its engine) from a {@link Random} seeded from {@code dvk.fuzz.seed} and the operation's id, which makes every run the same
 * requests in the same order (a failure names its seed and can be replayed).
 *
 * <p>{@code dvk.fuzz.tries} sets the requests per operation ({@value #DEFAULT_TRIES} by default, for the build;
 * {@code -Ddvk.fuzz.tries=10000} for the long run), {@code dvk.fuzz.operations} limits a run to the operations
 * it names (comma-separated ids). Up to {@value #CHECK_ALL_UP_TO} tries per operation every
 * refusal is checked for a change of state; past that, one in {@value #CHECK_ONE_IN}.
 */
public final class Fuzzer {

    public static final int DEFAULT_TRIES = 40;
    static final int CHECK_ALL_UP_TO = 200;
    static final int CHECK_ONE_IN = 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final String service;
    private KnownValues known = new KnownValues();
    /** Asked again for each operation: the tokens of a long run would otherwise expire half-way (10 minutes). */
    private Supplier<List<Caller>> callers = Caller::demoAndOdd;
    private StateDigest state;
    private final List<KnownFinding> knownFindings = new ArrayList<>();
    private final Set<String> skipped = new TreeSet<>();

    private Fuzzer(URI base, String service) {
        this.base = base;
        this.service = service;
    }

    public static Fuzzer of(URI base, String service) {
        return new Fuzzer(base, service);
    }

    public Fuzzer knowing(KnownValues values) {
        this.known = values;
        return this;
    }

    /** Who sends the requests; asked for each operation, so that it can give fresh tokens. */
    public Fuzzer as(Supplier<List<Caller>> callers) {
        this.callers = callers;
        return this;
    }

    public Fuzzer checkingState(StateDigest digest) {
        this.state = digest;
        return this;
    }

    /**
     * A defect already known and being fixed elsewhere: its violations of {@code rule} on the operation are
     * reported under their own heading but do not fail the test, so that everything else still runs.
     */
    public Fuzzer knownFinding(String operationId, Rule rule, int status, String where) {
        knownFindings.add(new KnownFinding(operationId, rule, status, where));
        return this;
    }

    public static int tries() {
        return Integer.getInteger("dvk.fuzz.tries", DEFAULT_TRIES);
    }

    /** {@code -Ddvk.fuzz.operations=getModel,draftModel}: only these (all when empty). */
    static Set<String> operationsSelected() {
        String list = System.getProperty("dvk.fuzz.operations", "");
        return list.isBlank() ? Set.of() : Set.of(list.split("\\s*,\\s*"));
    }

    public static long seed() {
        return Long.getLong("dvk.fuzz.seed", 20261205L);
    }

    /**
     * Sends {@link #tries()} requests to every operation of the document, inside a {@link JqwikSession}: the
     * context jqwik's generators need (their memoised stores) outside its own engine.
     */
    public FuzzReport run() {
        JqwikSession.start();
        try {
            return fuzz();
        } finally {
            JqwikSession.finish();
        }
    }

    private FuzzReport fuzz() {
        int tries = tries();
        long seed = seed();
        Set<String> only = operationsSelected();
        List<ApiOperation> operations = ApiDocument.fetch(base).operations().stream()
                .filter(operation -> only.isEmpty() || only.contains(operation.id())).toList();
        Sender sender = new Sender(base);
        FuzzReport report = new FuzzReport(service, tries, seed, knownFindings);
        long started = System.nanoTime();
        for (ApiOperation operation : operations) {
            Requests requests = new Requests(known, callers.get());
            RandomGenerator<FuzzRequest> generator = requests.of(operation).generator(1_000);
            Random random = new Random(seed ^ operation.id().hashCode());
            Map<String, String> before = null;
            for (int i = 0; i < tries; i++) {
                FuzzRequest request = generator.next(random).value();
                JqwikSession.finishTry(); // frees what the try memoised
                boolean checkState = state != null && (i < CHECK_ALL_UP_TO || i % CHECK_ONE_IN == 0);
                if (checkState && before == null) {
                    before = state.tryTake();
                    checkState = before != null;
                }
                Answer answer;
                try {
                    answer = sender.send(request);
                } catch (RuntimeException e) {
                    report.violation(request, Rule.ANSWERED, null, e.toString());
                    before = null;
                    continue;
                }
                report.answered(operation, answer.status());
                check(report, request, answer);
                if (checkState && answer.status() >= 400 && answer.status() < 500) {
                    Map<String, String> after = state.tryTake();
                    if (after != null) {
                        List<String> changed = StateDigest.changed(before, after);
                        if (!changed.isEmpty()) {
                            report.violation(request, Rule.NO_CHANGE_ON_REFUSAL, answer, "tables changed: " + changed);
                        }
                        report.stateChecked();
                    }
                    before = after;
                } else {
                    before = null;
                }
            }
        }
        report.finished(operations, System.nanoTime() - started);
        return report;
    }

    private static void check(FuzzReport report, FuzzRequest request, Answer answer) {
        int status = answer.status();
        if (status >= 500) {
            report.violation(request, Rule.NO_5XX, answer, null);
            return;
        }
        if (status < 400) {
            return;
        }
        if (!"application/problem+json".equals(answer.contentType())) {
            report.violation(request, Rule.PROBLEM_JSON, answer, "Content-Type " + answer.contentType());
            return;
        }
        try {
            JsonNode problem = JSON.readTree(answer.body());
            if (!problem.path("type").isTextual() || !problem.path("title").isTextual()
                    || problem.path("status").asInt() != status) {
                report.violation(request, Rule.PROBLEM_JSON, answer, "type, title or status missing or wrong");
            }
            List<String> wronglyWorded = ProblemWording.wronglyWorded(problem, request.headers().get("Accept-Language"));
            if (!wronglyWorded.isEmpty()) {
                report.violation(request, Rule.LANGUAGE, answer, String.join("; ", wronglyWorded));
            }
        } catch (java.io.IOException e) {
            report.violation(request, Rule.PROBLEM_JSON, answer, "body is not JSON");
        }
    }

    /** The rules an answer keeps. */
    public enum Rule {
        ANSWERED("an answer at all"),
        NO_5XX("no 5xx"),
        PROBLEM_JSON("every 4xx is problem+json with type, title and its status"),
        NO_CHANGE_ON_REFUSAL("a refused request changes nothing"),
        LANGUAGE("every problem's title, detail and violations are in the language asked for (Vietnamese by default)");

        final String text;

        Rule(String text) {
            this.text = text;
        }
    }

    /**
     * A defect tracked elsewhere: see {@link #knownFinding}. {@code operationId} "*" stands for every operation,
     * {@code status} 0 for any status.
     */
    public record KnownFinding(String operationId, Rule rule, int status, String where) {

        boolean covers(FuzzRequest request, Rule violated, Answer answer) {
            return (operationId.equals("*") || operationId.equals(request.operation().id())) && rule == violated
                    && (status == 0 || answer != null && answer.status() == status);
        }
    }
}
