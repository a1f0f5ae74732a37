package vn.dvk.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Tokens are signed once per set of claims and handed out again while they have long enough to live. */
class TestTokensTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theSameCallerGetsTheSameTokenWithAtLeastTenMinutesToLive() throws IOException {
        String first = TestTokens.token("cache.cadre", "ag-syt-bvdk", "submitter");
        assertEquals(first, TestTokens.token("cache.cadre", "ag-syt-bvdk", "submitter"));
        long secondsLeft = claims(first).path("exp").asLong() - Instant.now().getEpochSecond();
        assertTrue(secondsLeft >= Duration.ofMinutes(10).toSeconds(), "only " + secondsLeft + " s to live");
    }

    @Test
    void anythingTheTokenSaysDifferentlyIsAnotherToken() throws IOException {
        String cadre = TestTokens.token("cache.other", "ag-syt-bvdk", "submitter");
        String elsewhere = TestTokens.token("cache.other", "ag-syt", "submitter");
        String anotherRole = TestTokens.token("cache.other", "ag-syt-bvdk", "reviewer");
        String twoRoles = TestTokens.token("cache.other", "ag-syt-bvdk", "submitter", "reviewer");
        String anotherSubject = TestTokens.tokenWithSubject("someone-else", "cache.other", "ag-syt-bvdk", "submitter");
        String anotherAudience = TestTokens.tokenForAnotherAudience("cache.other", "ag-syt-bvdk", "submitter");
        String numericOrg = TestTokens.tokenWithOrgClaim("cache.other", 42, "submitter");

        assertEquals("ag-syt", claims(elsewhere).path("org_id").asText());
        assertEquals("reviewer", claims(anotherRole).path("realm_access").path("roles").get(0).asText());
        assertEquals(2, claims(twoRoles).path("realm_access").path("roles").size());
        assertEquals("someone-else", claims(anotherSubject).path("sub").asText());
        assertEquals("another-api", claims(anotherAudience).path("aud").asText());
        assertEquals(42, claims(numericOrg).path("org_id").asInt());
        assertEquals(7, Set.of(cadre, elsewhere, anotherRole, twoRoles, anotherSubject, anotherAudience,
                numericOrg).size(), "every variation signed on its own");
    }

    @Test
    void aTokenThatMustExpireSoonIsSignedEachTime() throws IOException {
        String soon = TestTokens.expiringIn(Duration.ofSeconds(30), "cache.stream", "ag", "leader");
        long secondsLeft = claims(soon).path("exp").asLong() - Instant.now().getEpochSecond();
        assertTrue(secondsLeft <= 30, secondsLeft + " s to live");
        assertNotEquals(TestTokens.token("cache.stream", "ag", "leader"), soon);
    }

    private static JsonNode claims(String token) throws IOException {
        return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }
}
