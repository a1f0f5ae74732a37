package vn.dvk.testing.fuzz;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The test profile of the fuzz and policy tests. A profile of its own makes Quarkus run these classes after the
 * service's other tests (its class orderer puts tests with a profile last) and restart the application and its test
 * resources for them: a fresh database, so that thousands of generated changes (campaigns closed, organisations
 * moved) never touch what the other tests rely on, and the other tests' data never hides a finding.
 */
public class Isolated implements QuarkusTestProfile {
}
