package vn.dvk.recognition.security;

import vn.dvk.kit.text.Text;

/**
 * A person's name as a council's members and minutes write it, from the claims of their token: Vietnamese names put
 * the family name first ("Lê Văn Hùng"), where the identity provider's {@code name} claim puts it last.
 */
public final class DisplayName {

    private static final int MAX = 200;

    private DisplayName() {
    }

    /** Family then given name when the token has both; else its name; else the login. */
    public static String of(String familyName, String givenName, String name, String username) {
        String shown;
        if (present(familyName) && present(givenName)) {
            shown = familyName.strip() + " " + givenName.strip();
        } else if (present(name)) {
            shown = name.strip();
        } else {
            shown = username;
        }
        shown = Text.nfc(shown);
        return shown.length() > MAX ? shown.substring(0, MAX) : shown;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
