package vn.dvk.kit.problems;

/**
 * A text a client reads, named by a key of its module's message catalogue. Each module that words texts for
 * clients (the kit, each service) declares its keys as one enum implementing this interface, next to two catalogue
 * files named after the enum ({@code RegistryMessages_vi.properties} and {@code RegistryMessages_en.properties}
 * beside {@code RegistryMessages}): a service adds a text in its own code without editing the kit, and a call site
 * names a constant, so a key that does not exist does not compile. {@link CatalogueDefects} checks, in each module's
 * unit test, that every key is worded in both languages alike and that no file holds text no key names.
 *
 * <p>The wording is a {@link java.text.MessageFormat} pattern: {@code {0}}, {@code {1}} stand for the arguments, and
 * an apostrophe is written twice ({@code ''}). See {@link MessageCatalogue} for how arguments are shown.
 */
public interface Message {

    /** The key in the catalogue files; an enum's constant name. */
    String name();

    /** The text in both languages, the arguments put in place of {@code {0}}, {@code {1}}, and so on. */
    default BilingualText text(Object... arguments) {
        return MessageCatalogue.of(this).text(name(), arguments);
    }
}
