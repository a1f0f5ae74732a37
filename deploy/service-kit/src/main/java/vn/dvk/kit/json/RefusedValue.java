package vn.dvk.kit.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import vn.dvk.kit.problems.BilingualText;

/**
 * A value of a request body the strict deserializers refuse, with the reason worded in both languages, so that the
 * problem names it in the client's language rather than in the parser's English.
 */
public class RefusedValue extends InvalidFormatException {

    private final transient BilingualText reason;

    public RefusedValue(JsonParser parser, BilingualText reason, Object value, Class<?> targetType) {
        super(parser, reason.english(), value, targetType);
        this.reason = reason;
    }

    public BilingualText reason() {
        return reason;
    }
}
