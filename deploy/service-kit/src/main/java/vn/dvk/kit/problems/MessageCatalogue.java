package vn.dvk.kit.problems;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * One module's texts for clients in Vietnamese and English: the two {@link ResourceBundle} property files (UTF-8)
 * named after the module's {@link Message} enum and beside it, so each module's catalogue has a name of its own on
 * the class path. Loaded once per enum, on first use.
 *
 * <p>Arguments are shown as {@link String#valueOf(Object)} shows them, the same in both languages: ids, counts and
 * byte sizes read as a client sent them or as the logs print them, not as {@code 1.000} in one language and
 * {@code 1,000} in the other. So a pattern names arguments bare ({@code {0}}), never with a format
 * ({@code {0,number}}); {@link CatalogueDefects} refuses one that does. An argument that is itself a
 * {@link BilingualText} (a name worded differently in each language, such as a level: "cơ sở" and "BASE") is
 * shown in the language of the pattern it goes into.
 */
public final class MessageCatalogue {

    /** Property files only, and no falling back to the JVM's default locale: a text missing in a language shows. */
    private static final ResourceBundle.Control PROPERTIES_ONLY =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static final ClassValue<MessageCatalogue> CATALOGUES = new ClassValue<>() {
        @Override
        protected MessageCatalogue computeValue(Class<?> keys) {
            return new MessageCatalogue(keys);
        }
    };

    private final Class<?> keys;
    private final ResourceBundle vietnamese;
    private final ResourceBundle english;

    private MessageCatalogue(Class<?> keys) {
        this.keys = keys;
        this.vietnamese = bundle(keys, Languages.VIETNAMESE);
        this.english = bundle(keys, Languages.ENGLISH);
    }

    /** The catalogue of the module that declares the key. */
    static MessageCatalogue of(Message key) {
        return CATALOGUES.get(key instanceof Enum<?> constant ? constant.getDeclaringClass() : key.getClass());
    }

    BilingualText text(String key, Object... arguments) {
        return BilingualText.of(format(vietnamese, key, shown(arguments, Languages.VIETNAMESE)),
                format(english, key, shown(arguments, Languages.ENGLISH)));
    }

    private static Object[] shown(Object[] arguments, Locale language) {
        return Arrays.stream(arguments)
                .map(argument -> argument instanceof BilingualText text ? text.in(language) : String.valueOf(argument))
                .toArray();
    }

    /** The pattern of a key in one language, as written in the file; empty when the file lacks the key. */
    Optional<String> pattern(Locale language, String key) {
        ResourceBundle bundle = Languages.ENGLISH.equals(language) ? english : vietnamese;
        return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
    }

    /** Every key a file holds, in one language. */
    Set<String> keys(Locale language) {
        return (Languages.ENGLISH.equals(language) ? english : vietnamese).keySet();
    }

    private String format(ResourceBundle bundle, String key, Object[] arguments) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
    }

    private static ResourceBundle bundle(Class<?> keys, Locale language) {
        try {
            return ResourceBundle.getBundle(keys.getName(), language, keys.getClassLoader(), PROPERTIES_ONLY);
        } catch (MissingResourceException e) {
            throw new MissingResourceException("No message catalogue " + keys.getName() + "_"
                    + language.getLanguage() + ".properties beside " + keys.getName(), keys.getName(), "");
        }
    }

    @Override
    public String toString() {
        return "MessageCatalogue[" + keys.getName() + "]";
    }
}
