package vn.dvk.testing.policy;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import org.junit.jupiter.api.Test;
import vn.dvk.testing.fuzz.Caller;

/**
 * The two checks of a service's access policy (src/test/resources/access-policy.csv), for its Quarkus test to
 * extend with the request each operation and state stands for.
 */
public abstract class AccessPolicyTests {

    private static final AccessPolicy POLICY = AccessPolicy.load("/access-policy.csv");

    /** The request for the operation on a resource in the named state, sent with the caller's auth already set. */
    protected abstract Response send(String operation, String state, RequestSpecification asCaller);

    @Test
    void everyOperationOfTheDocumentHasAPolicy() {
        POLICY.assertCoversEveryOperationOf(URI.create("http://localhost:" + RestAssured.port));
    }

    @Test
    void everyCallerGetsWhatThePolicySays() {
        POLICY.assertHeldBy(this::send, Caller.demo());
    }
}
