package vn.dvk.kit.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import java.io.IOException;
import vn.dvk.kit.problems.KitMessages;

/**
 * An enum value is its constant's exact name, as a JSON string: Jackson would otherwise trim {@code " MODEL"}
 * into {@code MODEL} and store what nobody sent.
 */
final class StrictEnums extends BeanDeserializerModifier {

    @Override
    public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
            BeanDescription description, JsonDeserializer<?> deserializer) {
        return new ExactName(deserializer, type.getRawClass());
    }

    private static final class ExactName extends DelegatingDeserializer {

        private final Class<?> enumType;

        ExactName(JsonDeserializer<?> delegate, Class<?> enumType) {
            super(delegate);
            this.enumType = enumType;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new ExactName(newDelegatee, enumType);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                String text = parser.getText();
                if (!text.equals(text.strip())) {
                    throw new RefusedValue(parser, KitMessages.VALUE_SURROUNDED_BY_WHITE_SPACE.text(), text, enumType);
                }
            }
            return super.deserialize(parser, context);
        }
    }
}
