package vn.dvk.testing.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dvk.contracts.ContractFiles;

/**
 * The demo data of dvk-contracts as plain records: the tree, the campaigns, the models and the decisions. A model's
 * {@code text} is all it says in words (title, summary, goals, implementation, results, post, tags), for the word
 * checks.
 */
record DemoProvince(Map<String, Org> organisations, Map<String, Campaign> campaigns, List<Model> models,
        List<Decision> decisions) {

    record Org(String id, String kind, String name, String parentId) {
    }

    record Window(String level, LocalDate opensOn, LocalDate closesOn) {
    }

    record Campaign(String id, String movement, String organisationId, LocalDate startsOn, LocalDate endsOn,
            LocalDate registrationDeadline, List<Window> windows) {
    }

    record Model(String unitId, String status, String campaignId, String field, String kind, String ownerName,
            String ownerPosition, String title, String text, String results, LocalDate startedOn) {

        @Override
        public String toString() { // names the case in the parameterised test's report
            return unitId + ": " + title;
        }
    }

    record Named(String unitId, String title) {
    }

    record Decision(String number, String campaignId, String level, String organisationId, LocalDate issuedOn,
            List<Named> models) {

        @Override
        public String toString() {
            return number;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    static DemoProvince load() {
        JsonNode tree = read(ContractFiles.DEMO_PROVINCE);
        Map<String, Org> organisations = new LinkedHashMap<>();
        tree.path("organisations").forEach(o -> organisations.put(o.path("id").asText(), new Org(o.path("id").asText(),
                o.path("kind").asText(), o.path("name").asText(), o.path("parentId").asText(null))));
        Map<String, Campaign> campaigns = new LinkedHashMap<>();
        tree.path("campaigns").forEach(c -> campaigns.put(c.path("id").asText(), campaign(c)));
        List<Model> models = new ArrayList<>();
        read(ContractFiles.DEMO_MODELS).path("models").forEach(m -> models.add(model(m)));
        List<Decision> decisions = new ArrayList<>();
        read(ContractFiles.DEMO_DECISIONS).path("decisions").forEach(d -> decisions.add(decision(d)));
        return new DemoProvince(organisations, campaigns, models, decisions);
    }

    static Campaign campaign(JsonNode c) {
        List<Window> windows = new ArrayList<>();
        c.path("reviewWindows").forEach(w -> windows.add(new Window(w.path("level").asText(),
                date(w, "opensOn"), date(w, "closesOn"))));
        return new Campaign(c.path("id").asText(), c.path("movement").asText(), c.path("organisationId").asText(),
                date(c, "startsOn"), date(c, "endsOn"), date(c, "registrationDeadline"), windows);
    }

    static Model model(JsonNode m) {
        JsonNode c = m.path("content");
        String text = String.join(" ", c.path("title").asText(), c.path("summary").asText(), c.path("goals").asText(),
                c.path("implementation").asText(), c.path("results").asText(), c.path("ownerPosition").asText(""),
                c.path("tags").toString());
        return new Model(m.path("unitId").asText(), m.path("status").asText(), c.path("campaignId").asText(),
                c.path("field").asText(), c.path("kind").asText(), c.path("ownerName").asText(),
                c.path("ownerPosition").asText(null), c.path("title").asText(), text, c.path("results").asText(),
                date(c, "startedOn"));
    }

    static Decision decision(JsonNode d) {
        List<Named> models = new ArrayList<>();
        d.path("models").forEach(m -> models.add(new Named(m.path("unitId").asText(), m.path("title").asText())));
        return new Decision(d.path("number").asText(), d.path("campaignId").asText(), d.path("level").asText(),
                d.path("organisationId").asText(), date(d, "issuedOn"), models);
    }

    Optional<Model> model(Named named) {
        return models.stream().filter(m -> m.unitId().equals(named.unitId()) && m.title().equals(named.title()))
                .findFirst();
    }

    /** The organisation and those above it, nearest first. */
    List<Org> path(String id) {
        List<Org> path = new ArrayList<>();
        for (Org org = organisations.get(id); org != null; org = organisations.get(org.parentId())) {
            path.add(org);
        }
        return path;
    }

    private static LocalDate date(JsonNode node, String field) {
        return node.hasNonNull(field) ? LocalDate.parse(node.path(field).asText()) : null;
    }

    private static JsonNode read(String resource) {
        try (InputStream in = DemoProvince.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
