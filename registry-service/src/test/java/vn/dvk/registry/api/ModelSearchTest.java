package vn.dvk.registry.api;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.dvk.registry.Models.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dvk.registry.Models;
import vn.dvk.testing.DemoCallers;

/**
 * Lists and search. Every test marks its models with a word of its own, so that models other tests create never
 * change what it finds.
 */
@QuarkusTest
class ModelSearchTest {

    /** The service's clock, which the test profile starts at a set instant. */
    @Inject
    Clock clock;

    @Test
    void wordsMatchWithOrWithoutDiacriticsAndTheTitleRanksFirst() {
        String mark = mark();
        String inTitle = create("Dân vận khéo trong xây dựng nông thôn mới " + mark, "Vận động nhân dân hiến đất làm đường");
        String inSummary = create("Đoàn kết giữ gìn an ninh trật tự " + mark, "Một cách dân vận khéo ở khu dân cư");
        String elsewhere = create("Chăm sóc người cao tuổi " + mark, "Thăm hỏi, tặng quà");

        assertEquals(List.of(inTitle, inSummary), ids(search("dan van kheo " + mark)));
        assertEquals(List.of(inTitle, inSummary), ids(search("DÂN VẬN KHÉO " + mark)));
        assertEquals(List.of(inSummary), ids(search("doan ket " + mark)));
        assertEquals(List.of(inSummary), ids(search("ĐOÀN KẾT " + mark)));
        assertEquals(List.of(inSummary), ids(search("Doan Ket " + mark)));
        // a typo still finds a title close enough to the text
        assertEquals(List.of(elsewhere), ids(search("cham soc nguoi cao tuoy " + mark)));
        // the unit's name and the tags are searched too
        assertEquals(Set.of(inTitle, inSummary, elsewhere), Set.copyOf(ids(search("benh vien da khoa " + mark))));
        assertEquals(Set.of(inTitle, inSummary, elsewhere), Set.copyOf(ids(search("cham soc y te " + mark))));
        assertEquals(List.of(), ids(search("dan van kheo -nong " + mark)).stream().filter(inTitle::equals).toList());

        JsonPath ranked = search("dan van kheo " + mark);
        float first = ranked.getFloat("items[0].relevance");
        float second = ranked.getFloat("items[1].relevance");
        assertEquals(true, first > second, first + " > " + second);
    }

    @Test
    void aTypoIsForgivenUpToTheSimilarityThresholdAndRanksByIt() {
        // Four words of eight characters, no character twice and no "z": each word's nine trigrams are its own, and
        // a "z" typed in matches nothing. The last letter of the second word mistyped leaves 16 of the text's 18
        // trigrams in the title (word similarity 16/18 = 0.89); a middle letter of the first word mistyped as well
        // leaves 13, the first word's three others counting against it (13/21 = 0.62): above the trigram operator's
        // default threshold (0.6), below the search's (0.7).
        List<Character> characters = new ArrayList<>();
        "abcdefghijklmnopqrstuvwxy0123456789".chars().forEach(c -> characters.add((char) c));
        java.util.Collections.shuffle(characters);
        String letters = characters.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining());
        String first = letters.substring(0, 8);
        String second = letters.substring(8, 16);
        String model = create("Mô hình " + first + " " + second, "tóm tắt");
        String oneTypo = first + " " + second.substring(0, 7) + "z";
        String twoTypos = first.substring(0, 3) + "z" + first.substring(4) + " " + second.substring(0, 7) + "z";

        JsonPath found = search(oneTypo);
        assertEquals(List.of(model), ids(found));
        // the text's last word is found in no document, so the relevance is the word similarity alone
        assertEquals(16f / 18f, found.getFloat("items[0].relevance"), 1e-6f);
        assertEquals(List.of(), ids(search(twoTypos)));

        // the folded title the typo is compared with follows an edit of the title
        String third = letters.substring(16, 24);
        String fourth = letters.substring(24, 32);
        as(DemoCallers.unitCadre()).header("If-Match", Models.etag(model))
                .body(Models.contentBody("dvk-2026", "Mô hình " + third + " " + fourth, "tóm tắt"))
                .put("/api/v1/models/{id}", model).then().statusCode(200);
        assertEquals(List.of(), ids(search(oneTypo)));
        assertEquals(List.of(model), ids(search(third + " " + fourth.substring(0, 7) + "z")));
    }

    @Test
    void pagesStayStableWhileModelsAreAdded() {
        String mark = mark();
        List<String> existing = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            existing.add(create("Mô hình phân trang " + i + " " + mark, "tóm tắt"));
        }
        for (String query : new String[] {"sort=NEWEST", "sort=OLDEST", "sort=TITLE", "sort=RECENTLY_UPDATED",
                "sort=RELEVANCE"}) {
            List<String> seen = new ArrayList<>();
            JsonPath page = list("q=" + mark + "&limit=3&" + query);
            seen.addAll(ids(page));
            // rows arriving between pages must neither repeat nor push out what the next pages hold
            create("Mô hình chen vào " + mark, "tóm tắt");
            while (page.getString("nextCursor") != null) {
                page = list("q=" + mark + "&limit=3&" + query + "&cursor=" + page.getString("nextCursor"));
                seen.addAll(ids(page));
                create("Mô hình chen vào nữa " + mark, "tóm tắt");
            }
            assertEquals(seen.size(), new HashSet<>(seen).size(), query + " repeated a model: " + seen);
            assertEquals(true, seen.containsAll(existing), query + " skipped a model: " + seen);
        }
        List<String> newest = ids(list("q=" + mark + "&limit=100&sort=NEWEST"));
        List<String> oldest = ids(list("q=" + mark + "&limit=100&sort=OLDEST"));
        assertEquals(newest, reversed(oldest));
    }

    @Test
    void filtersCombine() {
        String mark = mark();
        String economy = create("Kinh tế hộ gia đình " + mark, "tóm tắt", "ECONOMY");
        String submitted = create("Văn hóa khu dân cư " + mark, "tóm tắt", "CULTURE_SOCIETY");
        Models.submit(submitted);
        String today = LocalDate.now(clock).toString(); // the service's day, in the province

        assertEquals(List.of(economy), ids(list("q=" + mark + "&field=ECONOMY")));
        assertEquals(List.of(submitted), ids(list("q=" + mark + "&status=SUBMITTED")));
        assertEquals(Set.of(economy, submitted), Set.copyOf(ids(list("q=" + mark + "&status=DRAFT,SUBMITTED"))));
        assertEquals(List.of(submitted), ids(list("q=" + mark + "&submittedFrom=" + today + "&submittedTo=" + today)));
        assertEquals(List.of(), ids(list("q=" + mark + "&createdTo=2020-01-01")));
        assertEquals(Set.of(economy, submitted), Set.copyOf(ids(list("q=" + mark + "&organisationId=" + DemoCallers.BASE))));
        assertEquals(List.of(), ids(list("q=" + mark + "&organisationId=" + DemoCallers.OTHER_BASE)));
        assertEquals(List.of(), ids(list("q=" + mark + "&levelReached=BASE")));
        assertEquals(Set.of(economy, submitted), Set.copyOf(ids(list("q=" + mark + "&tag=y tế"))));
    }

    @Test
    void eachCallerListsOnlyWhatTheyMaySee() {
        String mark = mark();
        String draft = create("Bản nháp riêng " + mark, "tóm tắt");
        String submitted = create("Đã gửi " + mark, "tóm tắt");
        Models.submit(submitted);

        assertEquals(Set.of(draft, submitted), Set.copyOf(ids(list(DemoCallers.unitCadre(), "q=" + mark))));
        for (String overseer : new String[] {DemoCallers.reviewer(DemoCallers.BASE), DemoCallers.reviewer(DemoCallers.BLOC),
                DemoCallers.reviewer(DemoCallers.PROVINCE), DemoCallers.admin(), DemoCallers.auditor()}) {
            assertEquals(List.of(submitted), ids(list(overseer, "q=" + mark)));
        }
        for (String outsider : new String[] {DemoCallers.otherUnitCadre(), DemoCallers.reviewer(DemoCallers.OTHER_BASE)}) {
            assertEquals(List.of(), ids(list(outsider, "q=" + mark)));
        }
        as(DemoCallers.operator()).get("/api/v1/models").then().statusCode(403);
        io.restassured.RestAssured.given().get("/api/v1/models").then().statusCode(401);
    }

    @Test
    void badParametersAreNamedInOneProblem() {
        as(DemoCallers.unitCadre()).get("/api/v1/models?status=DONE&field=SPORT&limit=0&createdFrom=22/11/2026")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("status", "field", "limit", "createdFrom"));
        for (String query : new String[] {"sort=RELEVANCE", "sort=BEST", "limit=101", "cursor=garbage",
                "cursor=" + java.util.Base64.getUrlEncoder().encodeToString("NEWEST\u001fnot-a-date\u001fx".getBytes()),
                "q=" + "a".repeat(201), "campaignId=NOT A CODE", "levelReached=TOP", "organisationId=%27%20or%201=1"}) {
            as(DemoCallers.unitCadre()).get("/api/v1/models?" + query).then().statusCode(400)
                    .contentType("application/problem+json");
        }
        // a cursor of one order used with another
        String mark = mark();
        create("Một " + mark, "tóm tắt");
        create("Hai " + mark, "tóm tắt");
        String cursor = list("q=" + mark + "&limit=1&sort=NEWEST").getString("nextCursor");
        as(DemoCallers.unitCadre()).get("/api/v1/models?q=" + mark + "&sort=TITLE&cursor=" + cursor)
                .then().statusCode(400).body("violations.field", hasItem("cursor"));
    }

    @Test
    void theLastPageHasNoCursor() {
        String mark = mark();
        create("Duy nhất " + mark, "tóm tắt");
        JsonPath page = list("q=" + mark);
        assertNull(page.getString("nextCursor"));
        as(DemoCallers.unitCadre()).get("/api/v1/models?q=" + mark).then().body("nextCursor", nullValue());
    }

    private static String mark() {
        return "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static String create(String title, String summary) {
        return create(title, summary, "CULTURE_SOCIETY");
    }

    private static String create(String title, String summary, String field) {
        return as(DemoCallers.unitCadre())
                .body(Models.contentBody("dvk-2026", title, summary).replace("CULTURE_SOCIETY", field))
                .post("/api/v1/models").then().statusCode(201).extract().path("id");
    }

    private static JsonPath search(String text) {
        return list("q=" + text);
    }

    private static JsonPath list(String query) {
        return list(DemoCallers.unitCadre(), query);
    }

    private static JsonPath list(String token, String query) {
        return as(token).get("/api/v1/models?" + query).then().statusCode(200).extract().jsonPath();
    }

    private static List<String> ids(JsonPath page) {
        return page.getList("items.id", String.class);
    }

    private static List<String> reversed(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
