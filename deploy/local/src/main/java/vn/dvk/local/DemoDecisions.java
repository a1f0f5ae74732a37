package vn.dvk.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import vn.dvk.contracts.ContractFiles;

/**
 * The demo's recognition history, made through the APIs as the demo committees would, from the decisions of
 * dvk-contracts' {@link ContractFiles#DEMO_DECISIONS}: the base committee of the Department of Health recognises and
 * nominates the models a decision names (by unit and title, so the demo data's own test can check each model's
 * dates against the decision's), and the bloc's Standing Board issues the decision over them with a certificate of
 * merit (giấy khen). Skipped when the decision exists already (a restart on kept data).
 */
final class DemoDecisions {

    private static final Duration WAIT_FOR_CASES = Duration.ofMinutes(3);
    private static final Duration POLL = Duration.ofSeconds(2);
    private static final ObjectMapper JSON = DemoApi.JSON;
    /** The review queue's largest page: the base committee's whole demo queue fits in it. */
    private static final int QUEUE_PAGE = 500;

    private final DemoApi recognition;

    DemoDecisions(URI issuer, URI recognitionApi) {
        this.recognition = new DemoApi(issuer, recognitionApi);
    }

    /** Returns what it did, for the console. */
    String run() throws IOException, InterruptedException {
        List<String> done = new ArrayList<>();
        for (JsonNode decision : demoDecisions().path("decisions")) {
            done.add(record(decision));
        }
        return String.join("; ", done);
    }

    private static JsonNode demoDecisions() throws IOException {
        try (InputStream in = DemoDecisions.class.getClassLoader().getResourceAsStream(ContractFiles.DEMO_DECISIONS)) {
            if (in == null) {
                throw new FileNotFoundException(ContractFiles.DEMO_DECISIONS + " is not on the class path");
            }
            return JSON.readTree(in);
        }
    }

    private String record(JsonNode demo) throws IOException, InterruptedException {
        String number = demo.path("number").asText();
        String campaign = demo.path("campaignId").asText();
        String base = recognition.token("base.reviewer");
        String bloc = recognition.token("bloc.reviewer");
        JsonNode decisions = recognition.get(bloc, "/decisions?limit=200");
        for (JsonNode decision : decisions.path("items")) {
            if (number.equals(decision.path("number").asText())) {
                return "decision " + number + " exists already";
            }
        }
        Map<String, JsonNode> cases = waitForCases(base, campaign, named(demo.path("models")));
        List<String> ids = new ArrayList<>();
        for (JsonNode reviewCase : cases.values()) {
            String id = reviewCase.path("modelId").asText();
            JsonNode recognised = act(base, id, "RECOGNIZE", reviewCase.path("version").asLong());
            act(base, id, "NOMINATE", recognised.path("version").asLong());
            ids.add(id);
        }
        ObjectNode decision = JSON.createObjectNode()
                .put("number", number).put("issuedOn", demo.path("issuedOn").asText())
                .put("level", demo.path("level").asText())
                .put("signerName", demo.path("signerName").asText())
                .put("signerTitle", demo.path("signerTitle").asText())
                .put("legalBasis", demo.path("legalBasis").asText());
        ArrayNode modelIds = decision.putArray("modelIds");
        ids.forEach(modelIds::add);
        ArrayNode commendations = decision.putArray("commendations");
        for (JsonNode commendation : demo.path("commendations")) {
            JsonNode commended = cases.get(key(commendation.path("unitId").asText(),
                    commendation.path("modelTitle").asText()));
            if (commended == null) {
                throw new IOException(number + " commends a model it does not recognise: " + commendation);
            }
            commendations.addObject()
                    .put("form", commendation.path("form").asText())
                    .put("grade", commendation.path("grade").isMissingNode() ? null : commendation.path("grade").asText())
                    .put("recipientKind", commendation.path("recipientKind").asText())
                    .put("recipientName", commended.path("unitName").asText())
                    .put("unitId", commended.path("unitId").asText())
                    .put("modelId", commended.path("modelId").asText())
                    .put("achievement", "Thực hiện xuất sắc mô hình \"" + commended.path("title").asText() + "\"");
        }
        JsonNode issued = recognition.send(bloc, "POST", "/decisions", decision.toString(), null, 201);
        return "decision " + number + " recognises " + ids.size() + " models at " + demo.path("level").asText()
                + " level with " + commendations.size() + " commendation(s) (" + issued.path("id").asText() + ")";
    }

    private static Set<String> named(JsonNode models) {
        Set<String> keys = new LinkedHashSet<>();
        models.forEach(model -> keys.add(key(model.path("unitId").asText(), model.path("title").asText())));
        return keys;
    }

    /** The registry stores titles in NFC; the file's are compared the same way. */
    private static String key(String unitId, String title) {
        return unitId + "\n" + Normalizer.normalize(title.strip(), Normalizer.Form.NFC);
    }

    /** The base committee's cases of the models named, once the registry's submissions have arrived. */
    private Map<String, JsonNode> waitForCases(String base, String campaign, Set<String> named) throws IOException {
        try {
            return Awaitility.await("the base committee has the cases of the " + named.size() + " models named")
                    .atMost(WAIT_FOR_CASES).pollInterval(POLL).ignoreExceptionsInstanceOf(IOException.class)
                    .until(() -> waitingCases(base, campaign, named), cases -> cases.size() == named.size());
        } catch (ConditionTimeoutException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private Map<String, JsonNode> waitingCases(String base, String campaign, Set<String> named)
            throws IOException, InterruptedException {
        Map<String, JsonNode> cases = new LinkedHashMap<>();
        for (JsonNode reviewCase : recognition.get(base, "/reviews?campaignId=" + campaign
                + "&stage=UNDER_REVIEW&limit=" + QUEUE_PAGE).path("items")) {
            String key = key(reviewCase.path("unitId").asText(), reviewCase.path("title").asText());
            if (named.contains(key)) {
                cases.put(key, reviewCase);
            }
        }
        return cases;
    }

    private JsonNode act(String token, String id, String action, long version) throws IOException, InterruptedException {
        return recognition.send(token, "POST", "/cases/" + id + "/actions", "{\"action\":\"" + action + "\"}",
                "\"" + version + "\"", 200);
    }
}
