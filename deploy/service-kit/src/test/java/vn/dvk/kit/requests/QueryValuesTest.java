package vn.dvk.kit.requests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dvk.kit.problems.BilingualText;
import vn.dvk.kit.problems.InvalidRequestProblem;
import vn.dvk.kit.problems.Problem;

/** Typed query parameters: each bad one noted, and one 400 naming them all. One row a value. */
@Tag("unit")
class QueryValuesTest {

    enum Colour {
        RED, GREEN, BLUE
    }

    static final String ONE_OF = "must be one of RED, GREEN, BLUE";

    /** The values given (| between repeated parameters), the constants read, the violation noted if any. */
    @ParameterizedTest(name = "colour={0} -> {1} {2}")
    @CsvSource(delimiter = ';', textBlock = """
            NULL          ; ''               ;
            RED           ; RED              ;
            RED,BLUE      ; RED BLUE         ;
            RED|GREEN,BLUE; RED GREEN BLUE   ;
            RED,RED       ; RED              ;
            PURPLE        ; ''               ; must be one of RED, GREEN, BLUE
            RED,PURPLE    ; RED              ; must be one of RED, GREEN, BLUE
            red           ; ''               ; must be one of RED, GREEN, BLUE
            ' RED'        ; ''               ; must be one of RED, GREEN, BLUE
            ''            ; ''               ; must be one of RED, GREEN, BLUE
            """)
    void enums(String given, String expected, String violation) {
        QueryValues query = new QueryValues();
        List<String> values = "NULL".equals(given) ? null : Arrays.asList(given.split("\\|", -1));

        Set<Colour> read = query.enums("colour", values, Colour.class);

        assertEquals(constants(expected), read);
        assertViolations(query, "colour", violation);
    }

    @ParameterizedTest(name = "colour={0} -> {1} {2}")
    @CsvSource(delimiter = ';', textBlock = """
            NULL      ; NULL  ;
            GREEN     ; GREEN ;
            RED,BLUE  ; RED   ; takes one value
            PURPLE    ; NULL  ; must be one of RED, GREEN, BLUE
            """)
    void oneEnum(String given, String expected, String violation) {
        QueryValues query = new QueryValues();

        Colour read = query.oneEnum("colour", "NULL".equals(given) ? null : given, Colour.class);

        assertEquals("NULL".equals(expected) ? null : Colour.valueOf(expected), read);
        assertViolations(query, "colour", violation);
    }

    @ParameterizedTest(name = "from={0} -> {1}")
    @CsvSource(delimiter = ';', textBlock = """
            NULL        ; NULL       ;
            2026-11-22  ; 2026-11-22 ;
            2024-02-29  ; 2024-02-29 ;
            2025-02-29  ; NULL       ; must be a date like 2026-11-22
            2026-13-01  ; NULL       ; must be a date like 2026-11-22
            22/11/2026  ; NULL       ; must be a date like 2026-11-22
            2026-11-22T08:00:00Z ; NULL ; must be a date like 2026-11-22
            ''          ; NULL       ; must be a date like 2026-11-22
            """)
    void date(String given, String expected, String violation) {
        QueryValues query = new QueryValues();

        LocalDate read = query.date("from", "NULL".equals(given) ? null : given);

        assertEquals("NULL".equals(expected) ? null : LocalDate.parse(expected), read);
        assertViolations(query, "from", violation);
    }

    @ParameterizedTest(name = "limit={0} of at most {1}")
    @CsvSource(delimiter = ';', textBlock = """
            1    ; 100 ;
            100  ; 100 ;
            50   ; 100 ;
            0    ; 100 ; must be from 1 to 100
            -1   ; 100 ; must be from 1 to 100
            101  ; 100 ; must be from 1 to 100
            501  ; 500 ; must be from 1 to 500
            """)
    void limit(int limit, int max, String violation) {
        QueryValues query = new QueryValues();

        assertEquals(limit, query.limit(limit, max));
        assertViolations(query, "limit", violation);
    }

    @ParameterizedTest(name = "page={0} -> {1}")
    @CsvSource(delimiter = ';', textBlock = """
            NULL        ; NULL ;
            1           ; 1    ;
            42          ; 42   ;
            +7          ; 7    ;
            2147483647  ; 2147483647 ;
            0           ; NULL ; must be a whole number of at least 1
            -3          ; NULL ; must be a whole number of at least 1
            1.5         ; NULL ; must be a whole number of at least 1
            abc         ; NULL ; must be a whole number of at least 1
            ' 7'        ; NULL ; must be a whole number of at least 1
            ''          ; NULL ; must be a whole number of at least 1
            2147483648  ; NULL ; must be a whole number of at least 1
            """)
    void positive(String given, String expected, String violation) {
        QueryValues query = new QueryValues();

        Integer read = query.positive("page", "NULL".equals(given) ? null : given);

        assertEquals("NULL".equals(expected) ? null : Integer.valueOf(expected), read);
        assertViolations(query, "page", violation);
    }

    @Test
    void oneProblemNamesEveryBadParameterInOrder() {
        QueryValues query = new QueryValues();
        query.enums("colour", List.of("PURPLE"), Colour.class);
        query.date("from", "yesterday");
        query.limit(0, 100);
        query.positive("page", "0");
        query.refuse("to", BilingualText.of("không được trước from", "must not be before from"));

        InvalidRequestProblem problem = assertThrows(InvalidRequestProblem.class, query::check);

        assertAll(() -> assertEquals(400, problem.status().getStatusCode()),
                () -> assertEquals("The request has invalid query parameters", problem.detail().english()),
                () -> assertEquals(List.of("colour: " + ONE_OF, "from: must be a date like 2026-11-22",
                        "limit: must be from 1 to 100", "page: must be a whole number of at least 1",
                        "to: must not be before from"), english(problem.violations())),
                () -> assertEquals(List.of("phải là ngày theo dạng 2026-11-22", "phải từ 1 đến 100"),
                        problem.violations().subList(1, 3).stream().map(Problem.Violation::message).toList()));
    }

    /** check() passes when every value was good, and throws with exactly the one violation otherwise. */
    private static void assertViolations(QueryValues query, String parameter, String violation) {
        if (violation == null) {
            query.check();
            return;
        }
        InvalidRequestProblem problem = assertThrows(InvalidRequestProblem.class, query::check);
        assertEquals(List.of(parameter + ": " + violation), english(problem.violations()));
    }

    /** Each violation as "field: message" in English. */
    private static List<String> english(List<Problem.Violation> violations) {
        return violations.stream().map(v -> v.field() + ": " + v.wording().english()).toList();
    }

    private static Set<Colour> constants(String names) {
        Set<Colour> set = EnumSet.noneOf(Colour.class);
        Arrays.stream(names.trim().split("\\s+")).filter(n -> !n.isEmpty()).map(Colour::valueOf).forEach(set::add);
        return set;
    }
}
