package vn.dvk.testing.policy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.dvk.testing.fuzz.ApiDocument;
import vn.dvk.testing.fuzz.ApiOperation;
import vn.dvk.testing.fuzz.Caller;

/**
 * A service's whole access policy as one table (a CSV test resource): operation × resource state × caller's role ×
 * caller's position in the tree → the status expected. {@code *} in the role or position column matches any; the
 * most specific row wins (role and position named, then role, then position, then neither). A row whose
 * {@code known_finding} names an issue is a defect reported and not yet fixed: its mismatch is printed, not failed,
 * so that the table keeps stating the intended policy and everything else still runs.
 *
 * <pre>
 * operation,state,role,position,expected,known_finding
 * getModel,submitted,*,*,200,
 * getModel,submitted,*,other unit,404,
 * getModel,submitted,operator,*,403,
 * getModel,submitted,none,*,401,
 * </pre>
 */
public final class AccessPolicy {

    /** One line of the table. */
    public record Rule(String operation, String state, String role, String position, int expected, String knownFinding) {

        boolean matches(Caller caller) {
            return (role.equals("*") || role.equals(caller.role()))
                    && (position.equals("*") || position.equals(caller.position()));
        }

        int specificity() {
            return (role.equals("*") ? 0 : 2) + (position.equals("*") ? 0 : 1);
        }
    }

    /** Sends the operation's request on a resource in the named state, with the caller's auth already set. */
    @FunctionalInterface
    public interface Fixtures {
        Response send(String operation, String state, RequestSpecification asCaller);
    }

    private final List<Rule> rules;

    private AccessPolicy(List<Rule> rules) {
        this.rules = rules;
    }

    /** Reads the table from the test class path (e.g. {@code /access-policy.csv}). */
    public static AccessPolicy load(String resource) {
        try (InputStream in = AccessPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No " + resource + " on the class path");
            }
            List<Rule> rules = new ArrayList<>();
            boolean header = true;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = trimmed.split(",", 6);
                if (cells.length < 5) {
                    throw new IllegalArgumentException("Not a rule: " + line);
                }
                rules.add(new Rule(cells[0].strip(), cells[1].strip(), cells[2].strip(), cells[3].strip(),
                        Integer.parseInt(cells[4].strip()), cells.length > 5 ? cells[5].strip() : ""));
            }
            return new AccessPolicy(List.copyOf(rules));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Fails naming every operation of the service's OpenAPI document that has no rule (a new endpoint without a
     * policy), and every operation of the table that the document does not have.
     */
    public void assertCoversEveryOperationOf(URI service) {
        Set<String> documented = new LinkedHashSet<>();
        ApiDocument.fetch(service).operations().stream().map(ApiOperation::id).forEach(documented::add);
        Set<String> inTable = new LinkedHashSet<>();
        rules.forEach(rule -> inTable.add(rule.operation()));
        List<String> defects = new ArrayList<>();
        documented.stream().filter(id -> !inTable.contains(id)).forEach(id -> defects.add(id + ": no policy"));
        inTable.stream().filter(id -> !documented.contains(id)).forEach(id -> defects.add(id + ": not documented"));
        assertEquals(List.of(), defects, "operations of the OpenAPI document against the policy table");
    }

    /** The rule that decides for the caller, if any. */
    Optional<Rule> ruleFor(String operation, String state, Caller caller) {
        return rules.stream().filter(r -> r.operation().equals(operation) && r.state().equals(state))
                .filter(r -> r.matches(caller)).max(java.util.Comparator.comparingInt(Rule::specificity));
    }

    /**
     * Sends every operation × state of the table as every caller and fails naming each answer that is not the
     * expected status (or, for a refusal, not problem+json), and each caller no rule decides for.
     */
    public void assertHeldBy(Fixtures fixtures, List<Caller> callers) {
        Map<String, Set<String>> cases = new LinkedHashMap<>();
        rules.forEach(rule -> cases.computeIfAbsent(rule.operation(), o -> new LinkedHashSet<>()).add(rule.state()));
        List<String> wrong = new ArrayList<>();
        List<String> known = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, Set<String>> operation : cases.entrySet()) {
            for (String state : operation.getValue()) {
                for (Caller caller : callers) {
                    String what = operation.getKey() + " [" + state + "] as " + caller.name();
                    Optional<Rule> rule = ruleFor(operation.getKey(), state, caller);
                    if (rule.isEmpty()) {
                        wrong.add(what + ": no rule");
                        continue;
                    }
                    RequestSpecification spec = given().contentType(ContentType.JSON);
                    if (caller.token() != null) {
                        spec.auth().oauth2(caller.token());
                    }
                    Response response = fixtures.send(operation.getKey(), state, spec);
                    checked++;
                    int status = response.statusCode();
                    int expected = rule.get().expected();
                    String problem = status >= 400 && !"application/problem+json".equals(response.contentType())
                            ? " without problem+json" : "";
                    if (status != expected || !problem.isEmpty()) {
                        String line = what + ": " + status + problem + " (expected " + expected + ")";
                        if (rule.get().knownFinding().isEmpty()) {
                            wrong.add(line);
                        } else {
                            known.add(line + " — known finding: " + rule.get().knownFinding());
                        }
                    } else if (!rule.get().knownFinding().isEmpty()) {
                        known.add(what + ": now answers " + status + " as the policy says; the mark "
                                + rule.get().knownFinding() + " can go");
                    }
                }
            }
        }
        System.out.println("Access policy: " + checked + " requests, " + wrong.size() + " wrong, "
                + known.size() + " known findings" + (known.isEmpty() ? "" : ":\n  " + String.join("\n  ", known)));
        assertEquals(List.of(), wrong, "answers against the access policy");
    }
}
