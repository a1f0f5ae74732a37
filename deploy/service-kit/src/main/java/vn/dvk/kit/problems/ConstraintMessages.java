package vn.dvk.kit.problems;

import jakarta.validation.ConstraintViolation;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Words a Bean Validation violation in Vietnamese and English from the message catalogues, not through the
 * validator's own interpolation: Hibernate Validator ships no Vietnamese, and in Quarkus its locale follows
 * {@code Accept-Language} only for the languages of {@code quarkus.locales}, so the same violation could come back
 * in a third language. Two kinds of message are known:
 * <ul>
 * <li>the built-in constraints' default messages ({@code {jakarta.validation.constraints.Size.message}}), worded
 * under {@code CONSTRAINT_<NAME>} in the kit's catalogue with the annotation's attributes ({@code min},
 * {@code max}, {@code value}, {@code regexp}) as arguments, the English as Hibernate Validator words it;</li>
 * <li>a message naming a key of a module's catalogue, {@code "{vn.dvk.registry.RegistryMessages.CODE_FORMAT}"}:
 * the enum's class name, a dot, the constant, such as {@link #CODE_FORMAT}.</li>
 * </ul>
 * Anything else (a constraint added without either) keeps the validator's English and a general Vietnamese text.
 */
public final class ConstraintMessages {

    /** The message of a constraint on a code ({@code vn.dvk.contracts.vocabulary.Codes.PATTERN}). */
    public static final String CODE_FORMAT = "{vn.dvk.kit.problems.KitMessages.CODE_FORMAT}";

    private static final java.util.regex.Pattern BUILT_IN =
            java.util.regex.Pattern.compile("\\{jakarta\\.validation\\.constraints\\.(\\w+)\\.message}");
    private static final java.util.regex.Pattern CATALOGUE_KEY =
            java.util.regex.Pattern.compile("\\{([\\w.$]+)\\.([A-Z0-9_]+)}");

    private ConstraintMessages() {
    }

    static BilingualText of(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        Matcher builtIn = BUILT_IN.matcher(template);
        if (builtIn.matches()) {
            BilingualText text = builtIn(builtIn.group(1), attributes);
            if (text != null) {
                return text;
            }
        }
        Matcher key = CATALOGUE_KEY.matcher(template);
        if (key.matches()) {
            Message message = catalogueKey(key.group(1), key.group(2));
            if (message != null) {
                return message.text();
            }
        }
        return BilingualText.of(KitMessages.CONSTRAINT_OTHER.text().vietnamese(), violation.getMessage());
    }

    private static BilingualText builtIn(String constraint, Map<String, Object> attributes) {
        return switch (constraint) {
            case "NotNull" -> KitMessages.CONSTRAINT_NOT_NULL.text();
            case "NotBlank" -> KitMessages.CONSTRAINT_NOT_BLANK.text();
            case "NotEmpty" -> KitMessages.CONSTRAINT_NOT_EMPTY.text();
            case "Null" -> KitMessages.CONSTRAINT_NULL.text();
            case "Size" -> KitMessages.CONSTRAINT_SIZE.text(attributes.get("min"), attributes.get("max"));
            case "Min" -> KitMessages.CONSTRAINT_MIN.text(attributes.get("value"));
            case "Max" -> KitMessages.CONSTRAINT_MAX.text(attributes.get("value"));
            case "Positive" -> KitMessages.CONSTRAINT_POSITIVE.text();
            case "PositiveOrZero" -> KitMessages.CONSTRAINT_POSITIVE_OR_ZERO.text();
            case "Negative" -> KitMessages.CONSTRAINT_NEGATIVE.text();
            case "NegativeOrZero" -> KitMessages.CONSTRAINT_NEGATIVE_OR_ZERO.text();
            case "Pattern" -> KitMessages.CONSTRAINT_PATTERN.text(attributes.get("regexp"));
            case "Past" -> KitMessages.CONSTRAINT_PAST.text();
            case "PastOrPresent" -> KitMessages.CONSTRAINT_PAST_OR_PRESENT.text();
            case "Future" -> KitMessages.CONSTRAINT_FUTURE.text();
            case "FutureOrPresent" -> KitMessages.CONSTRAINT_FUTURE_OR_PRESENT.text();
            case "Email" -> KitMessages.CONSTRAINT_EMAIL.text();
            case "AssertTrue" -> KitMessages.CONSTRAINT_ASSERT_TRUE.text();
            case "AssertFalse" -> KitMessages.CONSTRAINT_ASSERT_FALSE.text();
            default -> null;
        };
    }

    /** The constant {@code name} of the {@link Message} enum {@code type}, or null when there is none. */
    private static Message catalogueKey(String type, String name) {
        try {
            Class<?> keys = Class.forName(type, false, Thread.currentThread().getContextClassLoader());
            if (keys.isEnum() && Message.class.isAssignableFrom(keys)) {
                for (Object constant : keys.getEnumConstants()) {
                    if (((Enum<?>) constant).name().equals(name)) {
                        return (Message) constant;
                    }
                }
            }
        } catch (ClassNotFoundException | LinkageError e) {
            // not a catalogue key after all: worded as an unknown message
        }
        return null;
    }
}
