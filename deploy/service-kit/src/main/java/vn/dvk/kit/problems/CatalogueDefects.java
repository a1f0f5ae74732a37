package vn.dvk.kit.problems;

import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What is wrong with a module's message catalogue, for that module's unit test: a text a client would read in one
 * language only, blank, with other arguments in one language than in the other, with a stray apostrophe (which
 * {@link MessageFormat} reads as the start of a quote, swallowing the arguments after it), with a formatted
 * argument (see {@link MessageCatalogue}); and text in the files that no key names (dead text). Plain Java, no
 * test framework: each module's test lists its enum and asserts there is nothing to report.
 */
public final class CatalogueDefects {

    private static final List<Locale> LANGUAGES = List.of(Languages.VIETNAMESE, Languages.ENGLISH);

    private CatalogueDefects() {
    }

    /** What is wrong with one key's texts; empty when it is worded well in both languages. */
    public static List<String> of(Message key) {
        MessageCatalogue catalogue = MessageCatalogue.of(key);
        List<String> defects = new ArrayList<>();
        List<Integer> argumentCounts = new ArrayList<>();
        for (Locale language : LANGUAGES) {
            String where = key.name() + " in " + language.getDisplayLanguage(Locale.ENGLISH);
            Optional<String> pattern = catalogue.pattern(language, key.name());
            if (pattern.isEmpty()) {
                defects.add(where + ": missing");
                continue;
            }
            if (pattern.get().isBlank()) {
                defects.add(where + ": blank");
                continue;
            }
            if (pattern.get().replace("''", "").contains("'")) {
                defects.add(where + ": a single apostrophe; write it as ''");
                continue;
            }
            try {
                MessageFormat format = new MessageFormat(pattern.get(), language);
                if (Arrays.stream(format.getFormats()).anyMatch(CatalogueDefects::formatted)) {
                    defects.add(where + ": an argument with a format; arguments are shown as given, write {n}");
                }
                argumentCounts.add(format.getFormatsByArgumentIndex().length);
            } catch (IllegalArgumentException e) {
                defects.add(where + ": not a MessageFormat pattern: " + e.getMessage());
            }
        }
        if (argumentCounts.size() == LANGUAGES.size() && !argumentCounts.get(0).equals(argumentCounts.get(1))) {
            defects.add(key.name() + ": " + argumentCounts.get(0) + " arguments in Vietnamese but "
                    + argumentCounts.get(1) + " in English");
        }
        return defects;
    }

    /** The keys the catalogue files hold that no constant of the enum names: text nobody can show. */
    public static <E extends Enum<E> & Message> Set<String> deadKeys(Class<E> keys) {
        Set<String> known = Arrays.stream(keys.getEnumConstants()).map(Enum::name).collect(Collectors.toSet());
        MessageCatalogue catalogue = MessageCatalogue.of(keys.getEnumConstants()[0]);
        Set<String> dead = new TreeSet<>();
        for (Locale language : LANGUAGES) {
            catalogue.keys(language).stream().filter(key -> !known.contains(key))
                    .map(key -> key + " (" + language.getLanguage() + ")").forEach(dead::add);
        }
        return dead;
    }

    private static boolean formatted(Format format) {
        return format != null;
    }
}
