package vn.dvk.local.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import vn.dvk.local.faults.DvkApi.Caller;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.suite.RestartableSuite;

/**
 * A steady stream of work: the unit cadre drafts and submits models at a fixed pace, and the base, bloc and
 * province committees take the cases they find in their queues up the levels, each model as far as its
 * {@link Level#targetOf target}. Only models this generator submitted are acted on, so scenarios stay apart.
 */
public final class LoadGenerator implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MODEL = """
            {"campaignId":"dvk-2026","title":"Mô hình \\"Dân vận khéo\\" số %s","summary":"Tải thử khi có sự cố",\
            "goals":"Đo khả năng chịu lỗi","implementation":"Gửi liên tục","startedOn":"2026-01-05",\
            "field":"CULTURE_SOCIETY","kind":"MODEL","ownerKind":"COLLECTIVE"}""";

    static final Caller UNIT_CADRE = new Caller("unit.cadre", DemoCallers::unitCadre);
    static final Caller BASE_REVIEWER = reviewer(DemoCallers.BASE);
    static final Caller BLOC_REVIEWER = reviewer(DemoCallers.BLOC);
    static final Caller PROVINCE_REVIEWER = reviewer(DemoCallers.PROVINCE);

    private final DvkApi api;
    private final Accepted accepted = new Accepted();
    /** Models this generator submitted, to pick out of the shared review queues. */
    private final Set<UUID> ours = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService pace = Executors.newScheduledThreadPool(5);
    private final int maxActionsPerVisit;

    /**
     * @param submitEvery how often the cadre drafts and submits one model
     * @param queueVisitEvery how often each committee looks at its queue
     */
    public LoadGenerator(DvkApi api, Duration submitEvery, Duration queueVisitEvery, int maxActionsPerVisit) {
        this.api = api;
        this.maxActionsPerVisit = maxActionsPerVisit;
        pace.scheduleAtFixedRate(this::submitOne, 0, submitEvery.toMillis(), TimeUnit.MILLISECONDS);
        for (Caller committee : List.of(BASE_REVIEWER, BLOC_REVIEWER, PROVINCE_REVIEWER)) {
            pace.scheduleWithFixedDelay(() -> visitQueue(committee), 0, queueVisitEvery.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    private static Caller reviewer(String orgId) {
        return new Caller("reviewer." + orgId, () -> DemoCallers.reviewer(orgId));
    }

    public Accepted accepted() {
        return accepted;
    }

    /** Submits {@code count} models at once, from as many threads; returns how many the registry accepted. */
    public int burst(int count) {
        ExecutorService burst = Executors.newFixedThreadPool(Math.min(count, 8));
        try {
            return (int) burst.invokeAll(IntStream.range(0, count)
                            .<java.util.concurrent.Callable<Boolean>>mapToObj(i -> this::submitOne)
                            .toList())
                    .stream().filter(future -> {
                        try {
                            return future.get();
                        } catch (Exception e) {
                            return false;
                        }
                    }).count();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } finally {
            burst.shutdown();
        }
    }

    private boolean submitOne() {
        try {
            Call created = api.post(RestartableSuite.REGISTRY, "create model", "/api/v1/models", UNIT_CADRE,
                    MODEL.formatted(UUID.randomUUID().toString().substring(0, 8)));
            if (created.status() != 201) {
                return false;
            }
            UUID id = UUID.fromString(JSON.readTree(created.body()).path("id").asText());
            ours.add(id);
            // "*": submit the draft as it stands (the load makes no concurrent edits)
            Call submitted = api.post(RestartableSuite.REGISTRY, "submit model", "/api/v1/models/" + id + "/submit",
                    UNIT_CADRE, null, "*");
            if (submitted.accepted()) {
                accepted.submitted(id);
                return true;
            }
        } catch (IOException | RuntimeException e) {
            // A body that is not what the API promises shows in the call log; the load goes on.
        }
        return false;
    }

    private void visitQueue(Caller committee) {
        try {
            Call queue = api.get(RestartableSuite.RECOGNITION, "review queue", "/api/v1/reviews?sort=newest&limit=200",
                    committee);
            if (queue.status() != 200) {
                return;
            }
            int acted = 0;
            for (JsonNode reviewCase : JSON.readTree(queue.body()).path("items")) {
                if (acted >= maxActionsPerVisit) {
                    break;
                }
                UUID id = UUID.fromString(reviewCase.path("modelId").asText());
                String action = nextAction(id, Level.of(reviewCase.path("level").asText()),
                        reviewCase.path("stage").asText());
                if (ours.contains(id) && action != null) {
                    act(committee, id, action, "\"" + reviewCase.path("version").asLong() + "\"");
                    acted++;
                }
            }
        } catch (IOException | RuntimeException e) {
            // as above
        }
    }

    /** Recognise what is under review; nominate what is recognised below its target level. */
    private static String nextAction(UUID id, Level level, String stage) {
        if ("UNDER_REVIEW".equals(stage)) {
            return "RECOGNIZE";
        }
        return level.compareTo(Level.targetOf(id)) < 0 ? "NOMINATE" : null;
    }

    /** Acts on the version of the case the queue showed, as a reviewer's client does (If-Match). */
    private void act(Caller committee, UUID id, String action, String version) throws IOException {
        Call call = api.post(RestartableSuite.RECOGNITION, action, "/api/v1/cases/" + id + "/actions", committee,
                "{\"action\":\"" + action + "\"}", version);
        if (call.status() == 200) {
            accepted.action(new Accepted.Action(id, action, Level.of(JSON.readTree(call.body()).path("level").asText())));
        }
    }

    /** Stops the load and waits for the calls under way to end. */
    @Override
    public void close() {
        pace.shutdown();
        try {
            if (!pace.awaitTermination(DvkApi.ANSWER_TIMEOUT.toSeconds() + 10, TimeUnit.SECONDS)) {
                pace.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pace.shutdownNow();
        }
    }
}
