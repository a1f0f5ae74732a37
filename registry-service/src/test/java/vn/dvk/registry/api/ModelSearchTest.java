package vn.dvk.registry.api;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.dvk.registry.Models.as;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.dvk.registry.Models;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.Simultaneously;

/**
 * Lists and search. Every test marks its models with a word of its own, so that models other tests create never
 * change what it finds.
 */
@QuarkusTest
class ModelSearchTest {

    /** The service's clock, which the test profile starts at a set instant. */
    @Inject
    Clock clock;

    @Inject
    AgroalDataSource dataSource;

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
        // a mistyped word still finds the title word it stands for
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
    void aMistypedWordFindsTheTitleWordsWithinItsEdits() {
        // Words of letters none of which appears twice, and no "z" (a "z" typed in is an edit no word undoes): no
        // other title's word is within a few edits of them.
        List<Character> characters = new ArrayList<>();
        "abcdefghijklmnopqrstuvwxy0123456789".chars().forEach(c -> characters.add((char) c));
        java.util.Collections.shuffle(characters);
        String first = takeWord(characters, 8);
        String second = takeWord(characters, 8);
        String shortWord = takeWord(characters, 5);
        String third = takeWord(characters, 8);
        String model = create("Mô hình " + first + " " + second + " " + shortWord, "tóm tắt");

        // from six letters two edits are forgiven: a letter changed, added, left out, two neighbours swapped
        assertEquals(List.of(model), ids(search(first + " " + replace(second, 7, "z"))));
        assertEquals(List.of(model), ids(search(replace(first, 3, "z") + " " + swap(second, 2) + "z")));
        assertEquals(List.of(model), ids(search(first.substring(1) + " " + second.substring(0, 4) + second.substring(5))));
        assertEquals(List.of(), ids(search(replace(replace(first, 3, "z"), 5, "z") + "z " + second)));
        // up to five letters one: a swap of neighbours is one
        assertEquals(List.of(model), ids(search(swap(shortWord, 1))));
        assertEquals(List.of(), ids(search(replace(replace(shortWord, 0, "z"), 4, "z"))));
        // a word of two letters is taken as typed
        assertEquals(List.of(), ids(search(first + " " + shortWord.substring(0, 1) + "z")));

        // a word some title uses is taken as typed, not as a typo of another
        String near = replace(first, 0, "z");
        String other = create("Mô hình " + near + " " + mark(), "tóm tắt");
        assertEquals(List.of(other), ids(search(near)));
        assertEquals(List.of(), ids(search(near + " " + second)));

        // the words a typo is corrected to follow an edit of the title
        as(DemoCallers.unitCadre()).header("If-Match", Models.etag(model))
                .body(Models.contentBody("dvk-2026", "Mô hình " + third, "tóm tắt"))
                .put("/api/v1/models/{id}", model).then().statusCode(200);
        assertEquals(List.of(), ids(search(first + " " + replace(second, 7, "z"))));
        assertEquals(List.of(model), ids(search(replace(third, 4, "z"))));
    }

    @Test
    void titlesWrittenAtOnceWithTheSameNewWordsAreAllFoundDespiteATypo() throws Exception {
        String a = mark();
        String b = mark();
        AtomicInteger turn = new AtomicInteger();
        List<Integer> statuses = Simultaneously.run(6, () -> as(DemoCallers.unitCadre())
                .body(Models.contentBody("dvk-2026", turn.getAndIncrement() % 2 == 0 ? "Mô hình " + a + " " + b
                        : "Mô hình " + b + " " + a, "tóm tắt"))
                .post("/api/v1/models").statusCode());
        assertEquals(Collections.nCopies(6, 201), statuses);
        // the second letter left out: without its first "m", a mark may begin with a number ("3e5…", above)
        assertEquals(6, ids(search(replace(a, 1, "") + " " + b)).size());
    }

    @Test
    void aTitleWordLearntInATransactionStillOpenKeepsNoWriterWaiting() throws Exception {
        // a history import learns the words of thousands of titles in one long transaction: a draft sharing one
        // of them is written at once, not after the import (the tests' lock_timeout would answer 503 at 300 ms)
        String word = mark();
        String model;
        try (Connection importing = dataSource.getConnection()) {
            importing.setAutoCommit(false);
            try (PreparedStatement learn = importing.prepareStatement(
                    "insert into registry.title_word (word) values (?)")) {
                learn.setString(1, word);
                learn.executeUpdate();
            }
            model = create("Mô hình " + word, "tóm tắt");
            importing.rollback();
        }
        // the draft learnt the word itself: its typo is corrected after the other transaction rolled back
        assertEquals(List.of(model), ids(search(word.substring(0, 5) + "z" + word.substring(6))));
    }

    @Test
    void atMostEightMistypedWordsOfOneTextAreCorrected() {
        // each mistyped word is compared with every title word: a text of many (200 characters of them) stays cheap
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            words.add(mark());
        }
        String model = create("Mô hình " + String.join(" ", words), "tóm tắt");
        List<String> mistyped = words.stream().map(word -> replace(word, word.length() - 1, "z")).toList();

        assertEquals(List.of(model), ids(search(String.join(" ", mistyped.subList(0, 8)) + " " + words.get(8))));
        assertEquals(List.of(), ids(search(String.join(" ", mistyped))));
    }

    @Test
    void searchTextIsNeverReadAsQuerySyntax() {
        String mark = mark();
        // the address's words keep their quote ("h.com/p'q"), which the query must carry as a letter
        String model = create("Mô hình cú pháp " + mark + " http://h.com/p'q", "tóm tắt");
        for (String text : List.of(mark + " ':* & !", mark + " \\'", "cu' | 'phap " + mark, mark + " <-> (hinh",
                "mo'hinh " + mark, mark + " http://h.com/p'q", "'" + mark + "'", mark + ":*")) {
            assertEquals(List.of(model), as(DemoCallers.unitCadre()).queryParam("q", text).get("/api/v1/models")
                    .then().statusCode(200).extract().jsonPath().getList("items.id", String.class), text);
        }
    }

    /**
     * A word of the pool's next characters, taken out of it, beginning with a letter: PostgreSQL's parser reads
     * "3e5ab" as the number 3e5 and the word ab, which no longer stand for the word typed.
     */
    private static String takeWord(List<Character> pool, int length) {
        Character letter = pool.stream().filter(Character::isLetter).findFirst().orElseThrow();
        pool.remove(letter);
        StringBuilder word = new StringBuilder().append(letter);
        for (int i = 1; i < length; i++) {
            word.append(pool.remove(0));
        }
        return word.toString();
    }

    /** The word with the character at the index replaced. */
    private static String replace(String word, int index, String by) {
        return word.substring(0, index) + by + word.substring(index + 1);
    }

    /** The word with the characters at the index and the next swapped. */
    private static String swap(String word, int index) {
        return word.substring(0, index) + word.charAt(index + 1) + word.charAt(index) + word.substring(index + 2);
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
