package vn.dvk.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The demo's recognition history, made through the APIs as the demo committees would: the base committee of the
 * Department of Health recognises and nominates its oldest cases of dvk-2026, and the bloc's Standing Board issues
 * decision 125-QĐ/ĐUK over them with a certificate of merit (giấy khen). Skipped when the decision exists already
 * (a restart on kept data).
 */
final class DemoDecisions {

    static final String NUMBER = "125-QĐ/ĐUK";
    private static final String CAMPAIGN = "dvk-2026";
    private static final int CASES = 6;
    private static final Duration WAIT_FOR_CASES = Duration.ofMinutes(3);
    private static final Duration POLL = Duration.ofSeconds(2);
    private static final ObjectMapper JSON = DemoApi.JSON;

    private final DemoApi recognition;

    DemoDecisions(URI issuer, URI recognitionApi) {
        this.recognition = new DemoApi(issuer, recognitionApi);
    }

    /** Returns what it did, for the console. */
    String run() throws IOException, InterruptedException {
        String base = recognition.token("base.reviewer");
        String bloc = recognition.token("bloc.reviewer");
        JsonNode decisions = recognition.get(bloc, "/decisions?limit=200");
        for (JsonNode decision : decisions.path("items")) {
            if (NUMBER.equals(decision.path("number").asText())) {
                return "decision " + NUMBER + " exists already";
            }
        }
        List<JsonNode> cases = waitForCases(base);
        List<String> ids = new ArrayList<>();
        for (JsonNode reviewCase : cases) {
            String id = reviewCase.path("modelId").asText();
            JsonNode recognised = act(base, id, "RECOGNIZE", reviewCase.path("version").asLong());
            act(base, id, "NOMINATE", recognised.path("version").asLong());
            ids.add(id);
        }
        ObjectNode decision = JSON.createObjectNode()
                .put("number", NUMBER).put("issuedOn", "2026-06-15").put("level", "BLOC")
                .put("signerName", "Nguyễn Thanh Hải").put("signerTitle", "Phó Bí thư Thường trực Đảng uỷ Khối")
                .put("legalBasis", "Căn cứ Quy chế thi đua \"Dân vận khéo\" giai đoạn 2026-2030; xét đề nghị của "
                        + "Ban Dân vận Đảng uỷ Khối");
        ArrayNode modelIds = decision.putArray("modelIds");
        ids.forEach(modelIds::add);
        JsonNode first = cases.get(0);
        decision.putArray("commendations").addObject()
                .put("form", "GIAY_KHEN").put("recipientKind", "COLLECTIVE")
                .put("recipientName", first.path("unitName").asText()).put("unitId", first.path("unitId").asText())
                .put("modelId", first.path("modelId").asText())
                .put("achievement", "Thực hiện xuất sắc mô hình \"" + first.path("title").asText() + "\"");
        JsonNode issued = recognition.send(bloc, "POST", "/decisions", decision.toString(), null, 201);
        return "decision " + NUMBER + " recognises " + ids.size() + " models at bloc level with 1 giấy khen ("
                + issued.path("id").asText() + ")";
    }

    /** The base committee's oldest waiting cases of the campaign, once the registry's submissions have arrived. */
    private List<JsonNode> waitForCases(String base) throws IOException {
        try {
            return Awaitility.await("the base committee of ag-syt has " + CASES + " cases of " + CAMPAIGN)
                    .atMost(WAIT_FOR_CASES).pollInterval(POLL).ignoreExceptionsInstanceOf(IOException.class)
                    .until(() -> waitingCases(base), cases -> cases.size() >= CASES);
        } catch (ConditionTimeoutException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private List<JsonNode> waitingCases(String base) throws IOException, InterruptedException {
        List<JsonNode> cases = new ArrayList<>();
        recognition.get(base, "/reviews?campaignId=" + CAMPAIGN + "&stage=UNDER_REVIEW&limit=" + CASES).path("items")
                .forEach(cases::add);
        return cases;
    }

    private JsonNode act(String token, String id, String action, long version) throws IOException, InterruptedException {
        return recognition.send(token, "POST", "/cases/" + id + "/actions", "{\"action\":\"" + action + "\"}",
                "\"" + version + "\"", 200);
    }
}
