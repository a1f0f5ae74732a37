package vn.dvk.reporting.script;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import vn.dvk.testing.ConsumerProbe;
import vn.dvk.testing.DemoEvents;

/**
 * A campaign in a province of its own, written as the producers would publish it: models across two blocs, several
 * base organisations and units and the four fields, taken through every level, with returns, resubmissions,
 * declines, withdrawals, replications, decisions (one of them revoked) and commendations, on days spread over half a
 * year. Beside the events it keeps what each model, commendation and decision stood as on each day, so that a test
 * can count any figure directly, as of any date, without the service.
 */
public final class ScriptedCampaign {

    public static final String[] FIELDS = {"ECONOMY", "CULTURE_SOCIETY", "DEFENSE_SECURITY", "POLITICAL_SYSTEM"};
    public static final List<String> LEVELS = List.of("BASE", "BLOC", "PROVINCE");

    /** The day the first model is submitted. */
    public static final LocalDate START = LocalDate.of(2026, 1, 5);
    /** The day the bloc decision named {@link #revokedDecision} is revoked. */
    public static final LocalDate REVOCATION_DAY = LocalDate.of(2026, 5, 20);

    /** One organisation path: province, bloc, base and unit (a base may be its own unit). */
    public record Path(String province, String bloc, String base, String unit) {
        public List<String> nodes() {
            return unit.equals(base) ? List.of(province, bloc, base) : List.of(province, bloc, base, unit);
        }

        String json() {
            return """
                    {"province":{"id":"%s","name":"Tỉnh %s"},"bloc":{"id":"%s","name":"Đảng bộ khối %s"},
                     "base":{"id":"%s","name":"Đảng bộ cơ sở %s"},"unit":{"id":"%s","name":"Đơn vị %s"}}"""
                    .formatted(province, province, bloc, bloc, base, base, unit, unit);
        }
    }

    /** A model as it stood from a day on. */
    public record State(boolean registered, boolean withdrawn, boolean returned, boolean declined, boolean revoked,
            String recognized, String review, LocalDate reviewSince) {

        static final State NONE = new State(false, false, false, false, false, null, null, null);

        public boolean recognizedAt(String level) {
            return recognized != null && LEVELS.indexOf(recognized) >= LEVELS.indexOf(level);
        }

        State submittedNow() {
            return new State(true, withdrawn, returned, declined, revoked, recognized, review, reviewSince);
        }

        State inReview(String level, LocalDate since) {
            return new State(registered, withdrawn, false, declined, revoked, recognized, level, since);
        }

        State recognizedAtLevel(String level) {
            return new State(registered, withdrawn, returned, declined, revoked, level, null, null);
        }

        State returnedForRevision() {
            return new State(registered, withdrawn, true, declined, revoked, recognized, null, null);
        }

        State declinedHere() {
            return new State(registered, withdrawn, returned, true, revoked, recognized, null, null);
        }

        State withdrawnByUnit() {
            return new State(registered, true, false, declined, revoked, recognized, null, null);
        }

        State revokedTo(String standing) {
            return new State(registered, withdrawn, returned, declined, true, standing, null, null);
        }
    }

    /** A scripted model: where it is, what it is, and how it stood day by day. */
    public record Model(UUID id, Path path, String field, String kind, String ownerKind, UUID replicates,
            TreeMap<LocalDate, State> history) {

        public State on(LocalDate day) {
            Map.Entry<LocalDate, State> entry = history.floorEntry(day);
            return entry == null ? State.NONE : entry.getValue();
        }
    }

    /** A commendation, from the day awarded until the day withdrawn (null: standing). */
    public record Commendation(UUID id, Path path, String form, String level, String recipientKind, LocalDate awarded,
            LocalDate withdrawn) {
        public boolean standsOn(LocalDate day) {
            return !awarded.isAfter(day) && (withdrawn == null || withdrawn.isAfter(day));
        }
    }

    /** A decision, by the committee at the end of {@code issuerNodes}, from issued until revoked (null: standing). */
    public record Decision(UUID id, String number, String level, List<String> issuerNodes, LocalDate issued,
            LocalDate revoked, List<UUID> modelIds, List<UUID> commendationIds) {
        public boolean standsOn(LocalDate day) {
            return !issued.isAfter(day) && (revoked == null || revoked.isAfter(day));
        }
    }

    /** An event as a producer publishes it. */
    public record Event(String producer, String topic, String type, String key, String payload) {
        public void send() {
            DemoEvents.send(producer, topic, type, key, payload);
        }
    }

    public final String province = "p" + UUID.randomUUID().toString().substring(0, 8);
    public final String campaign = "c-" + UUID.randomUUID();
    public final List<Path> paths;
    public final List<Model> models = new ArrayList<>();
    public final List<Commendation> commendations = new ArrayList<>();
    public final List<Decision> decisions = new ArrayList<>();
    public UUID revokedDecision;

    /** Each model's (or decision's) events in the order its producer published them, keyed by aggregate. */
    public final Map<String, List<Event>> eventsByKey = new LinkedHashMap<>();

    private final Map<String, Integer> sent = new HashMap<>();
    private final Map<UUID, Integer> registrySequence = new HashMap<>();
    private final Map<UUID, Integer> recognitionSequence = new HashMap<>();

    public ScriptedCampaign(int modelCount) {
        String blocA = province + "-ka";
        String blocB = province + "-kb";
        paths = List.of(
                new Path(province, blocA, blocA + "-b1", blocA + "-b1-u1"),
                new Path(province, blocA, blocA + "-b1", blocA + "-b1-u2"),
                new Path(province, blocA, blocA + "-b2", blocA + "-b2"),
                new Path(province, blocB, blocB + "-b1", blocB + "-b1-u1"),
                new Path(province, blocB, blocB + "-b2", blocB + "-b2-u1"));
        Map<String, List<UUID>> blocDecisionModels = new TreeMap<>();
        Random random = new Random(42);
        for (int i = 0; i < modelCount; i++) {
            Path path = paths.get(i % paths.size());
            UUID replicates = i % 7 == 3 && !models.isEmpty() ? models.get(random.nextInt(Math.min(5, models.size()))).id()
                    : null;
            Model model = new Model(UUID.randomUUID(), path, FIELDS[i % FIELDS.length], i % 5 == 0 ? "EXEMPLAR" : "MODEL",
                    i % 3 == 0 ? "INDIVIDUAL" : "COLLECTIVE", replicates, new TreeMap<>());
            models.add(model);
            LocalDate day = START.plusDays(i % 60);
            drafted(model, day.minusDays(3));
            submitted(model, day);
            caseOpened(model, day);
            int outcome = i % 10;
            switch (outcome) {
                case 0 -> {
                    verdict(model, "dvk.recognition.model.returned.v1", "BASE", day.plusDays(5));
                    resubmitted(model, "BASE", day.plusDays(8));
                    recognized(model, "BASE", day.plusDays(12), null);
                }
                case 1 -> verdict(model, "dvk.recognition.model.declined.v1", "BASE", day.plusDays(5));
                case 2 -> withdrawn(model, day.plusDays(4));
                case 3 -> { } // still under review at base
                default -> {
                    recognized(model, "BASE", day.plusDays(10), null);
                    if (outcome >= 6) {
                        nominated(model, "BASE", "BLOC", day.plusDays(11));
                    }
                    if (outcome >= 7) {
                        LocalDate blocDay = day.plusDays(30);
                        blocDecisionModels.computeIfAbsent(path.bloc() + "|" + blocDay, k -> new ArrayList<>())
                                .add(model.id());
                    }
                }
            }
        }
        // the blocs' decisions, each recognising the models of one bloc on one day, then what follows them
        for (Map.Entry<String, List<UUID>> group : blocDecisionModels.entrySet()) {
            String[] blocAndDay = group.getKey().split("\\|");
            LocalDate day = LocalDate.parse(blocAndDay[1]);
            Path issuerPath = model(group.getValue().get(0)).path();
            UUID decisionId = UUID.randomUUID();
            String number = (decisions.size() + 100) + "-QĐ/ĐUK";
            List<UUID> commendationIds = new ArrayList<>();
            for (UUID modelId : group.getValue()) {
                Model model = model(modelId);
                recognized(model, "BLOC", day, new String[] {decisionId.toString(), number, day.toString()});
                if (models.indexOf(model) % 2 == 0) {
                    commendationIds.add(commendation(model, decisionId, number, day));
                }
            }
            decisions.add(new Decision(decisionId, number, "BLOC", List.of(issuerPath.province(), issuerPath.bloc()),
                    day, null, group.getValue(), commendationIds));
            decisionIssued(decisions.get(decisions.size() - 1), issuerPath);
            for (UUID modelId : group.getValue()) {
                Model model = model(modelId);
                if (models.indexOf(model) % 10 >= 8) {
                    nominated(model, "BLOC", "PROVINCE", day.plusDays(1));
                }
                if (models.indexOf(model) % 10 == 9) {
                    recognized(model, "PROVINCE", day.plusDays(20), null);
                }
            }
        }
        if (decisions.size() > 1) {
            revoke(decisions.get(1));
        }
    }

    /**
     * A campaign with no model yet, whose models' stories a test tells itself with the methods under "one model's
     * story" and sends with {@link #sendUnsent()}.
     */
    public static ScriptedCampaign empty() {
        return new ScriptedCampaign(0);
    }

    /**
     * Sends every event, those of every {@code reverseEvery}-th aggregate last first (the inbox parks them until the
     * gap fills), and waits until the service has taken in as many as were sent, applied or found duplicate.
     */
    public void sendAndAwait(int reverseEvery, Duration atMost) {
        awaitTaken(events(), () -> send(reverseEvery), atMost);
    }

    /** Sends the events added since the last send and waits until the service has taken in as many. */
    public void sendUnsentAndAwait(Duration atMost) {
        List<Event> unsent = eventsByKey.entrySet().stream().flatMap(aggregate -> aggregate.getValue()
                .subList(sent.getOrDefault(aggregate.getKey(), 0), aggregate.getValue().size()).stream()).toList();
        awaitTaken(unsent, this::sendUnsent, atMost);
    }

    private static void awaitTaken(List<Event> events, Runnable send, Duration atMost) {
        double modelEventsBefore = taken(DemoEvents.MODEL_EVENTS);
        double caseEventsBefore = taken(DemoEvents.CASE_EVENTS);
        send.run();
        long modelEvents = events.stream().filter(e -> e.topic().equals(DemoEvents.MODEL_EVENTS)).count();
        long caseEvents = events.size() - modelEvents;
        await().atMost(atMost).until(() -> taken(DemoEvents.MODEL_EVENTS) >= modelEventsBefore + modelEvents
                && taken(DemoEvents.CASE_EVENTS) >= caseEventsBefore + caseEvents);
    }

    /** Sends every event, those of every {@code reverseEvery}-th aggregate last first. */
    public void send(int reverseEvery) {
        int i = 0;
        for (List<Event> aggregate : eventsByKey.values()) {
            List<Event> order = new ArrayList<>(aggregate);
            if (i++ % reverseEvery == 0) {
                Collections.reverse(order);
            }
            order.forEach(Event::send);
        }
    }

    /** Events applied or recognised as duplicates (a parked event counts when it is applied). */
    private static double taken(String topic) {
        return ConsumerProbe.events(topic, "applied") + ConsumerProbe.events(topic, "duplicate");
    }

    /** Registers one more model on the first path (drafted, then submitted on {@code day}) and sends its events. */
    public Model sendOneMoreSubmission(LocalDate day) {
        Model model = newModel(paths.get(0), null);
        drafted(model, day.minusDays(1));
        submitted(model, day);
        eventsByKey.get(DemoEvents.MODEL_EVENTS + "|" + model.id()).forEach(Event::send);
        return model;
    }

    /** Sends, each aggregate's in order, the events added since the last call. */
    public void sendUnsent() {
        eventsByKey.forEach((key, aggregate) -> {
            int sent = this.sent.getOrDefault(key, 0);
            aggregate.subList(sent, aggregate.size()).forEach(Event::send);
            this.sent.put(key, aggregate.size());
        });
    }

    public Model model(UUID id) {
        return models.stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }

    /** Every event, each aggregate's in order, aggregates one after another. */
    public List<Event> events() {
        return eventsByKey.values().stream().flatMap(List::stream).toList();
    }

    /** The stages of the funnel, as the API names them, and which states stand at each. */
    public static final Map<String, Predicate<State>> STAGES = stages();

    private static Map<String, Predicate<State>> stages() {
        Map<String, Predicate<State>> stages = new LinkedHashMap<>();
        stages.put("submitted", s -> s.registered() && !s.withdrawn());
        stages.put("recognizedAtBase", s -> s.recognizedAt("BASE"));
        stages.put("recognizedAtBloc", s -> s.recognizedAt("BLOC"));
        stages.put("recognizedAtProvince", s -> s.recognizedAt("PROVINCE"));
        stages.put("inReviewAtBase", s -> "BASE".equals(s.review()));
        stages.put("inReviewAtBloc", s -> "BLOC".equals(s.review()));
        stages.put("inReviewAtProvince", s -> "PROVINCE".equals(s.review()));
        stages.put("returned", State::returned);
        stages.put("declined", State::declined);
        stages.put("revoked", State::revoked);
        stages.put("withdrawn", s -> s.withdrawn() && s.registered()); // a draft taken back counts nowhere
        return java.util.Collections.unmodifiableMap(stages);
    }

    /** The funnel of the models under the node (and passing the filter) as they stood on the day. */
    public Map<String, Long> funnel(String node, LocalDate day, Predicate<Model> which) {
        Map<String, Long> funnel = new LinkedHashMap<>();
        STAGES.forEach((stage, stood) -> funnel.put(stage, count(node, day, which, stood)));
        return funnel;
    }

    /** How many models under the node stood so on the day. */
    public long count(String node, LocalDate day, Predicate<Model> which, Predicate<State> stood) {
        return models.stream().filter(m -> m.path().nodes().contains(node)).filter(which)
                .filter(m -> stood.test(m.on(day))).count();
    }

    // one model's story: what its producers publish, step by step

    /** A new model of the path's unit (economy, a collective's), replicating {@code replicates} if not null. */
    public Model newModel(Path path, UUID replicates) {
        Model model = new Model(UUID.randomUUID(), path, FIELDS[0], "MODEL", "COLLECTIVE", replicates, new TreeMap<>());
        models.add(model);
        return model;
    }

    /** The unit starts the model's record with this text. */
    public void drafted(Model model, String title, String summary, LocalDate day) {
        content(model, "dvk.registry.model.drafted.v1", "DRAFT", title, summary, day);
    }

    /** The unit edits the record of its draft or returned model ({@code status}) to this text. */
    public void edited(Model model, String status, String title, String summary, LocalDate day) {
        content(model, "dvk.registry.model.updated.v1", status, title, summary, day);
    }

    /** The unit submits version 1 to its base committee, with the title it last wrote. */
    public void submitted(Model model, String title, LocalDate day) {
        submission(model, "dvk.registry.model.submitted.v1", "BASE", 1, title, day);
        change(model, day, State::submittedNow);
    }

    /** The unit hands a returned model back, revised as {@code version}, to the level that returned it. */
    public void resubmitted(Model model, String level, int version, String title, LocalDate day) {
        submission(model, "dvk.registry.model.resubmitted.v1", level, version, title, day);
        change(model, day, s -> s.inReview(level, day));
    }

    /** The unit takes the model back; {@code version} is the last one submitted (0: a draft). */
    public void withdrawn(Model model, int version, LocalDate day) {
        registry(model, "dvk.registry.model.withdrawn.v1", """
                {"modelId":"%s","sequence":%d,"version":%d,"path":%s,"reason":"Đơn vị sáp nhập","withdrawnAt":"%s"}"""
                .formatted(model.id(), nextRegistry(model), version, model.path().json(), at(day)));
        change(model, day, State::withdrawnByUnit);
    }

    /** Recognition opens the model's case at base, on version 1. */
    public void caseOpened(Model model, LocalDate day) {
        recognition(model, "dvk.recognition.case.opened.v1", """
                {"modelId":"%s","sequence":%d,"campaignId":"%s","level":"BASE","levels":["BASE","BLOC","PROVINCE"],
                 "version":1,"path":%s,"occurredAt":"%s"}""".formatted(model.id(), nextRecognition(model), campaign,
                model.path().json(), at(day)));
        change(model, day, s -> s.inReview("BASE", day));
    }

    /** The committee at {@code level} recognises {@code version} of the model, by its own action. */
    public void recognized(Model model, String level, int version, LocalDate day) {
        recognized(model, level, ",\"version\":" + version, day, null);
    }

    /** As {@link #recognized(Model, String, int, LocalDate)}, as recognition published it before naming the version. */
    public void recognizedWithoutVersion(Model model, String level, LocalDate day) {
        recognized(model, level, "", day, null);
    }

    /** The committee at {@code from} nominates the model to the level above. */
    public void nominated(Model model, String from, String to, LocalDate day) {
        recognition(model, "dvk.recognition.model.nominated.v1", """
                {"modelId":"%s","sequence":%d,"campaignId":"%s","fromLevel":"%s","level":"%s","path":%s,
                 "decidedBy":"reviewer","occurredAt":"%s"}""".formatted(model.id(), nextRecognition(model), campaign,
                from, to, model.path().json(), at(day)));
        change(model, day, s -> s.inReview(to, day));
    }

    /** The model's unit records that it takes up {@code source}, recognised at {@code level}, from {@code day}. */
    public void tookUp(Model model, Model source, String sourceTitle, String level, LocalDate day) {
        registry(model, "dvk.registry.model.replication-registered.v1", """
                {"modelId":"%s","sequence":%d,"campaignId":"%s","path":%s,"sourceModelId":"%s","sourceTitle":"%s",
                 "sourcePath":%s,"sourceRecognizedLevel":"%s","takenUpOn":"%s","registeredAt":"%s"}"""
                .formatted(model.id(), nextRegistry(model), campaign, model.path().json(), source.id(),
                        jsonText(sourceTitle), source.path().json(), level, day, at(day)));
    }

    /** The model's unit records what came of taking up {@code source}, as of {@code day}. */
    public void tookUpResult(Model model, Model source, LocalDate day) {
        registry(model, "dvk.registry.model.replication-result-recorded.v1", """
                {"modelId":"%s","sequence":%d,"path":%s,"sourceModelId":"%s","result":"Đã áp dụng có hiệu quả",
                 "resultOn":"%s","recordedAt":"%s"}""".formatted(model.id(), nextRegistry(model), model.path().json(),
                source.id(), day, at(day)));
    }

    /** The committee at {@code level} sends version 1 of the model back for revision. */
    public void returned(Model model, String level, LocalDate day) {
        verdict(model, "dvk.recognition.model.returned.v1", level, day);
    }

    private void drafted(Model model, LocalDate day) {
        drafted(model, "Mô hình " + model.id(), "Dân vận khéo ở " + model.path().unit(), day);
    }

    private void content(Model model, String type, String status, String title, String summary, LocalDate day) {
        registry(model, type, """
                {"modelId":"%s","sequence":%d,"status":"%s","unitId":"%s","path":%s,
                 "content":{"campaignId":"%s","kind":"%s","field":"%s","ownerKind":"%s","ownerName":"Nguyễn Văn An",
                   "title":"%s","summary":"%s","replicatesModelId":%s,"tags":[]},
                 "changedAt":"%s"}""".formatted(model.id(), nextRegistry(model), status, model.path().unit(),
                model.path().json(), campaign, model.kind(), model.field(), model.ownerKind(), jsonText(title),
                jsonText(summary), model.replicates() == null ? "null" : "\"" + model.replicates() + "\"", at(day)));
    }

    private void submitted(Model model, LocalDate day) {
        submitted(model, "Mô hình " + model.id(), day);
    }

    private void resubmitted(Model model, String level, LocalDate day) {
        resubmitted(model, level, 2, "Mô hình " + model.id(), day);
    }

    private void submission(Model model, String type, String level, int version, String title, LocalDate day) {
        registry(model, type, """
                {"modelId":"%s","sequence":%d,"version":%d,"level":"%s","campaignId":"%s","title":"%s",
                 "field":"%s","kind":"%s","ownerKind":"%s","submittedAt":"%s","path":%s}""".formatted(model.id(),
                nextRegistry(model), version, level, campaign, jsonText(title), model.field(), model.kind(),
                model.ownerKind(), at(day), model.path().json()));
    }

    private void withdrawn(Model model, LocalDate day) {
        withdrawn(model, 1, day);
    }

    private void recognized(Model model, String level, LocalDate day, String[] decision) {
        recognized(model, level, "", day, decision);
    }

    /** {@code version} is "" (a recognition published before they named the version) or ',"version":n'. */
    private void recognized(Model model, String level, String version, LocalDate day, String[] decision) {
        recognition(model, "dvk.recognition.model.recognized.v1", """
                {"modelId":"%s","sequence":%d,"campaignId":"%s","level":"%s"%s,"path":%s,"decidedBy":"reviewer",%s
                 "occurredAt":"%s"}""".formatted(model.id(), nextRecognition(model), campaign, level, version,
                model.path().json(), decision == null ? "" : """
                        "decision":{"decisionId":"%s","number":"%s","issuedOn":"%s"},"""
                        .formatted(decision[0], decision[1], decision[2]), at(day)));
        change(model, day, s -> s.recognizedAtLevel(level));
    }

    private void verdict(Model model, String type, String level, LocalDate day) {
        recognition(model, type, """
                {"modelId":"%s","sequence":%d,"campaignId":"%s","level":"%s","version":1,"path":%s,
                 "reason":"Cần bổ sung kết quả","decidedBy":"reviewer","occurredAt":"%s"}""".formatted(model.id(),
                nextRecognition(model), campaign, level, model.path().json(), at(day)));
        change(model, day, type.endsWith("returned.v1") ? State::returnedForRevision : State::declinedHere);
    }

    private UUID commendation(Model model, UUID decisionId, String number, LocalDate day) {
        UUID id = UUID.randomUUID();
        String recipientKind = models.indexOf(model) % 4 == 0 ? "INDIVIDUAL" : "COLLECTIVE";
        recognition(model, "dvk.recognition.commendation.awarded.v1", """
                {"commendationId":"%s","modelId":"%s","sequence":%d,
                 "decision":{"decisionId":"%s","number":"%s","issuedOn":"%s"},"form":"GIAY_KHEN","formName":"Giấy khen",
                 "level":"BLOC","recipientKind":"%s","recipientName":"Tập thể %s","achievement":"Mô hình %s",
                 "path":%s,"occurredAt":"%s"}""".formatted(id, model.id(), nextRecognition(model), decisionId, number,
                day, recipientKind, model.path().unit(), model.id(), model.path().json(), at(day)));
        commendations.add(new Commendation(id, model.path(), "GIAY_KHEN", "BLOC", recipientKind, day, null));
        return id;
    }

    private void decisionIssued(Decision decision, Path issuer) {
        add(new Event(DemoEvents.RECOGNITION, DemoEvents.CASE_EVENTS, "dvk.recognition.decision.issued.v1",
                decision.id().toString(), """
                {"decisionId":"%s","sequence":1,"number":"%s","issuedOn":"%s","level":"BLOC","issuerId":"%s",
                 "issuerName":"Đảng bộ khối %s","path":{"province":{"id":"%s","name":"Tỉnh"},"bloc":{"id":"%s","name":"Khối"}},
                 "signerName":"Trần Văn Bình","signerTitle":"Bí thư","legalBasis":"Hướng dẫn 01",
                 "modelIds":%s,"commendationIds":%s,"issuedBy":"bloc.reviewer","occurredAt":"%s"}"""
                .formatted(decision.id(), decision.number(), decision.issued(), issuer.bloc(), issuer.bloc(),
                        issuer.province(), issuer.bloc(), ids(decision.modelIds()), ids(decision.commendationIds()),
                        at(decision.issued()))));
    }

    /** Revokes a bloc decision: its models fall back to base level, its commendations are withdrawn. */
    private void revoke(Decision decision) {
        revokedDecision = decision.id();
        LocalDate day = REVOCATION_DAY;
        decisions.set(decisions.indexOf(decision), new Decision(decision.id(), decision.number(), decision.level(),
                decision.issuerNodes(), decision.issued(), day, decision.modelIds(), decision.commendationIds()));
        for (UUID modelId : decision.modelIds()) {
            Model model = model(modelId);
            recognition(model, "dvk.recognition.model.revoked.v1", """
                    {"modelId":"%s","sequence":%d,"campaignId":"%s","level":"BLOC","recognizedLevel":"BASE",
                     "decision":{"decisionId":"%s","number":"%s","issuedOn":"%s"},"reason":"Kê khai không trung thực",
                     "revokingNumber":"130-QĐ/ĐUK","path":%s,"decidedBy":"reviewer","occurredAt":"%s"}"""
                    .formatted(model.id(), nextRecognition(model), campaign, decision.id(), decision.number(),
                            decision.issued(), model.path().json(), at(day)));
            change(model, day, s -> s.revokedTo("BASE"));
        }
        commendations.replaceAll(c -> decision.commendationIds().contains(c.id())
                ? new Commendation(c.id(), c.path(), c.form(), c.level(), c.recipientKind(), c.awarded(), day) : c);
        add(new Event(DemoEvents.RECOGNITION, DemoEvents.CASE_EVENTS, "dvk.recognition.decision.revoked.v1",
                decision.id().toString(), """
                {"decisionId":"%s","sequence":2,"number":"%s","level":"BLOC","issuerId":"%s",
                 "path":{"province":{"id":"%s","name":"Tỉnh"},"bloc":{"id":"%s","name":"Khối"}},
                 "reason":"Kê khai không trung thực","revokingNumber":"130-QĐ/ĐUK","modelIds":%s,"commendationIds":%s,
                 "revokedBy":"bloc.reviewer","occurredAt":"%s"}""".formatted(decision.id(), decision.number(),
                decision.issuerNodes().get(1), decision.issuerNodes().get(0), decision.issuerNodes().get(1),
                ids(decision.modelIds()), ids(decision.commendationIds()), at(day))));
    }

    private void change(Model model, LocalDate day, java.util.function.UnaryOperator<State> change) {
        if (!model.history().isEmpty() && model.history().lastKey().isAfter(day)) {
            throw new IllegalStateException("The script must tell each model's story in order");
        }
        model.history().put(day, change.apply(model.on(day)));
    }

    private void registry(Model model, String type, String payload) {
        add(new Event(DemoEvents.REGISTRY, DemoEvents.MODEL_EVENTS, type, model.id().toString(), payload));
    }

    private void recognition(Model model, String type, String payload) {
        add(new Event(DemoEvents.RECOGNITION, DemoEvents.CASE_EVENTS, type, model.id().toString(), payload));
    }

    private void add(Event event) {
        eventsByKey.computeIfAbsent(event.topic() + "|" + event.key(), k -> new ArrayList<>()).add(event);
    }

    private int nextRegistry(Model model) {
        return registrySequence.merge(model.id(), 1, Integer::sum);
    }

    private int nextRecognition(Model model) {
        return recognitionSequence.merge(model.id(), 1, Integer::sum);
    }

    /** Ten in the morning, province time. */
    private static String at(LocalDate day) {
        return day.atTime(10, 0).atOffset(ZoneOffset.ofHours(7)).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** Text as the inside of a JSON string: whatever a unit typed, quotes and control characters included. */
    private static String jsonText(String text) {
        StringBuilder json = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append("\\u%04x".formatted((int) c));
            } else {
                json.append(c);
            }
        }
        return json.toString();
    }

    private static String ids(List<UUID> ids) {
        return ids.stream().map(id -> "\"" + id + "\"").collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }
}
