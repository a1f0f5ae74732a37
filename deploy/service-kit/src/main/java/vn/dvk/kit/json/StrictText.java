package vn.dvk.kit.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.text.Normalizer;
import vn.dvk.kit.problems.KitMessages;
import vn.dvk.kit.text.Text;

/**
 * Reads every JSON string of a request: only a JSON string is text (a number or a boolean is not taken as a
 * title), text with control characters or lone surrogates is refused, and what is accepted is NFC-normalised.
 */
final class StrictText extends StdScalarDeserializer<String> {

    StrictText() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return (String) context.handleUnexpectedToken(String.class, parser);
        }
        String text = parser.getText();
        var defect = Text.defect(text);
        if (defect.isPresent()) {
            throw new RefusedValue(parser, KitMessages.TEXT_REFUSED.text(defect.get()), text, String.class);
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
