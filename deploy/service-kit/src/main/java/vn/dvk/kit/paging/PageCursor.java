package vn.dvk.kit.paging;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import vn.dvk.kit.problems.InvalidRequestProblem;
import vn.dvk.kit.problems.KitMessages;

/**
 * The opaque {@code cursor} of keyset pagination: the sort values of the last row a page showed, so the next page
 * starts strictly after it. Rows inserted meanwhile never make a page repeat or skip one of the others, which
 * offsets would. A cursor is only handed back by the service; anything else is refused as a 400.
 */
public final class PageCursor {

    /** Between values: a character the values cannot hold (text is refused with control characters). */
    public static final String SEPARATOR = "\u001f";

    private PageCursor() {
    }

    public static String encode(String... values) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(SEPARATOR, values).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The values of a cursor this service made, of the expected count.
     *
     * @throws InvalidRequestProblem when it is anything else
     */
    public static List<String> decode(String cursor, int count) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> values = Arrays.asList(decoded.split(SEPARATOR, -1));
            if (values.size() == count) {
                return values;
            }
        } catch (IllegalArgumentException e) {
            // not base64: refused below
        }
        throw InvalidRequestProblem.ofField("cursor", KitMessages.CURSOR_NOT_HANDED_OUT.text());
    }
}
