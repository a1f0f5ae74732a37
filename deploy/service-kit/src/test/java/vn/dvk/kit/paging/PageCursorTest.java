package vn.dvk.kit.paging;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.dvk.kit.problems.InvalidRequestProblem;
import vn.dvk.kit.problems.Problem;

/** Keyset cursors: what the service hands out comes back as it was; anything else is a 400 naming the cursor. */
@Tag("unit")
class PageCursorTest {

    static Stream<List<String>> values() {
        return Stream.of(
                List.of("2026-11-22T08:00:00Z", "6f1c0f3e-4b6a-4c1e-9a55-0e5a8b1d2c3f"),
                List.of("one"),
                List.of("", ""),
                List.of("Mô hình \"Dân vận khéo\"", "tiếng Việt có dấu: ắ ặ ữ"),
                List.of("a,b;c", "x=y&z", "+/=?#%"),
                List.of("75.50", "-1", "9223372036854775807", "null"),
                List.of("🙂", "\u00a0 spaces \t"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("values")
    void roundTrip(List<String> values) {
        String cursor = PageCursor.encode(values.toArray(String[]::new));

        assertAll(() -> assertEquals(values, PageCursor.decode(cursor, values.size())),
                () -> assertTrue(cursor.matches("[A-Za-z0-9_-]*"), "not URL-safe: " + cursor));
    }

    static Stream<Arguments> refused() {
        String two = PageCursor.encode("2026-11-22", "id");
        return Stream.of(
                Arguments.of("one value too few", two, 3),
                Arguments.of("one value too many", two, 1),
                Arguments.of("one value where two are expected", PageCursor.encode("alone"), 2),
                Arguments.of("a value carrying the separator", PageCursor.encode("a" + PageCursor.SEPARATOR + "b"), 1),
                Arguments.of("a character changed into one base64url lacks", two.substring(0, 3) + "+" + two.substring(4), 2),
                Arguments.of("a character cut off the end", two.substring(0, two.length() - 1) + "!", 2),
                Arguments.of("a length base64 cannot have", "a", 1),
                Arguments.of("standard base64, not URL-safe", "ab+/", 1),
                Arguments.of("empty where two are expected", "", 2),
                Arguments.of("SQL", "' or 1=1 --", 1),
                Arguments.of("a path", "../../etc/passwd", 1),
                Arguments.of("markup", "<script>alert(1)</script>", 1),
                Arguments.of("a NUL", "\u0000", 1),
                Arguments.of("percent-encoding", "%41%42", 1),
                Arguments.of("spaces", "   ", 1),
                Arguments.of("padding only", "====", 2),
                Arguments.of("base64url of something else", Base64.getUrlEncoder().encodeToString(
                        "{\"after\":1}".getBytes(StandardCharsets.UTF_8)), 2),
                Arguments.of("a long cursor of many values", PageCursor.encode("x".repeat(10_000).split("")), 2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusedAsA400NamingTheCursor(String name, String cursor, int count) {
        InvalidRequestProblem refusal = assertThrows(InvalidRequestProblem.class, () -> PageCursor.decode(cursor, count));

        assertAll(() -> assertEquals(400, refusal.status().getStatusCode()),
                () -> assertEquals(List.of("cursor: is not a cursor this list handed out; start again without it"),
                        refusal.violations().stream().map(v -> v.field() + ": " + v.wording().english()).toList()),
                () -> assertEquals("không phải con trỏ trang do danh sách này cấp; hãy bắt đầu lại mà không dùng nó",
                        refusal.violations().get(0).message()));
    }
}
