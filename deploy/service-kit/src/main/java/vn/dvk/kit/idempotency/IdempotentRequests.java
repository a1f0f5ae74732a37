package vn.dvk.kit.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestResponse;
import vn.dvk.kit.preconditions.EntityTags;
import vn.dvk.kit.problems.InvalidRequestProblem;
import vn.dvk.kit.problems.KitMessages;
import vn.dvk.kit.security.Caller;
import vn.dvk.kit.transactions.WriteTransactions;

/**
 * {@code Idempotency-Key} on creating requests (IETF draft "The Idempotency-Key HTTP Header Field"): the first
 * request with a key does the work and its answer is stored in the same transaction; a retry with the same key
 * gets that answer back, so a client that lost the response never creates a second record. Two requests with
 * the same key at the same moment are serialised by the primary key: the second waits for the first's commit
 * and replays its answer. Keys belong to the caller and are kept for {@code dvk.idempotency.retention}.
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    /** Marks a response that repeats the answer to an earlier request with the same key. */
    public static final String REPLAYED = "Idempotent-Replayed";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final EntityManager entityManager;
    private final ObjectMapper mapper;
    private final Caller caller;
    private final Duration concurrentWait;

    public IdempotentRequests(EntityManager entityManager, ObjectMapper mapper, Caller caller,
            IdempotencySettings settings) {
        this.entityManager = entityManager;
        this.mapper = mapper;
        this.caller = caller;
        this.concurrentWait = settings.concurrentWait();
    }

    /** What a creating POST made: the new resource's id (the last segment of its URI), representation and version. */
    public record Created<V>(String id, V view, long version) {
    }

    /**
     * The whole of a creating POST: in a transaction of its own, runs {@code create} once per key (a retry gets the
     * first answer) and answers 201 with the new resource's Location and ETag.
     *
     * @param key the request's {@code Idempotency-Key}, or null
     * @param request the request body, which with the path identifies the request
     */
    public <V> RestResponse<V> created(String key, UriInfo uri, Object request, Class<V> type,
            Supplier<Created<V>> create) {
        return WriteTransactions.commit(() -> create(key, "POST " + uri.getPath(), request, type, () -> {
            Created<V> made = create.get();
            return EntityTags.created(uri.getAbsolutePathBuilder().path(made.id()).build(), made.view(), made.version());
        }), () -> null);
    }

    /**
     * Creates through {@code work} once per key: the first time, runs it and records its answer; afterwards,
     * answers as the first time. Without a key, simply runs {@code work}. Runs inside the caller's transaction
     * ({@link WriteTransactions#commit}), so the record and the answer commit together or not at all.
     *
     * @param key the request's {@code Idempotency-Key}, or null
     * @param target the method and path the key is used on, part of what identifies the request
     * @param request the request body, the rest of it
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> RestResponse<T> create(String key, String target, Object request, Class<T> type,
            Supplier<RestResponse<T>> work) {
        if (key == null) {
            return work.get();
        }
        if (!VALID_KEY.matcher(key).matches()) {
            throw new InvalidRequestProblem(KitMessages.IDEMPOTENCY_KEY_MALFORMED.text(HEADER), List.of());
        }
        String owner = caller.subject();
        String fingerprint = fingerprint(target, request);
        if (claim(owner, key, fingerprint)) {
            RestResponse<T> response = work.get();
            record(owner, key, response);
            return response;
        }
        return replay(owner, key, fingerprint, type);
    }

    /** Whether this request is the first with the key; waits for a concurrent first one to finish. */
    private boolean claim(String owner, String key, String fingerprint) {
        entityManager.createNativeQuery("select set_config('lock_timeout', :wait, true)")
                .setParameter("wait", concurrentWait.toMillis() + "ms").getSingleResult();
        int inserted = entityManager.createNativeQuery("""
                insert into {h-schema}idempotent_request (caller, idempotency_key, fingerprint, status)
                values (:caller, :key, :fingerprint, 0)
                on conflict do nothing""")
                .setParameter("caller", owner).setParameter("key", key).setParameter("fingerprint", fingerprint)
                .executeUpdate();
        return inserted == 1;
    }

    private void record(String owner, String key, RestResponse<?> response) {
        entityManager.createNativeQuery("""
                update {h-schema}idempotent_request set status = :status, location = :location, etag = :etag,
                    body = :body
                where caller = :caller and idempotency_key = :key""")
                .setParameter("status", response.getStatus())
                .setParameter("location", response.getLocation() == null ? null : response.getLocation().toString())
                .setParameter("etag", response.getEntityTag() == null ? null : response.getEntityTag().getValue())
                .setParameter("body", toJson(response.getEntity()))
                .setParameter("caller", owner).setParameter("key", key)
                .executeUpdate();
    }

    private <T> RestResponse<T> replay(String owner, String key, String fingerprint, Class<T> type) {
        List<?> rows = entityManager.createNativeQuery("""
                select fingerprint, status, location, etag, body from {h-schema}idempotent_request
                where caller = :caller and idempotency_key = :key""")
                .setParameter("caller", owner).setParameter("key", key).getResultList();
        Object[] row = (Object[]) rows.get(0);
        if (!fingerprint.equals(row[0])) {
            throw new IdempotencyKeyReusedProblem(
                    KitMessages.IDEMPOTENCY_KEY_USED_FOR_ANOTHER_REQUEST.text(HEADER));
        }
        RestResponse.ResponseBuilder<T> answer = RestResponse.ResponseBuilder.<T>create(((Number) row[1]).intValue())
                .entity(fromJson((String) row[4], type))
                .header(REPLAYED, "true");
        if (row[2] != null) {
            answer.location(URI.create((String) row[2]));
        }
        if (row[3] != null) {
            answer.tag(new EntityTag((String) row[3]));
        }
        return answer.type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    private String fingerprint(String target, Object request) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(target.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            sha256.update(toJson(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String toJson(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write " + value + " as JSON", e);
        }
    }

    private <T> T fromJson(String json, Class<T> type) {
        try {
            return json == null ? null : mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored idempotent response cannot be read back as " + type, e);
        }
    }
}
