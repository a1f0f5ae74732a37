package vn.dvk.recognition.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A reviewer's name from their token's claims, family name first as Vietnamese writes it. */
class DisplayNameTest {

    @ParameterizedTest
    @CsvSource(nullValues = "-", delimiter = '|', textBlock = """
            Lê Văn | Hùng | Hùng Lê Văn | base.reviewer | Lê Văn Hùng
            -      | Hùng | Hùng Lê Văn | base.reviewer | Hùng Lê Văn
            ' '    | Hùng | -           | base.reviewer | base.reviewer
            -      | -    | -           | base.reviewer | base.reviewer
            """)
    void familyNameFirstElseTheNameElseTheLogin(String family, String given, String name, String username,
            String shown) {
        assertEquals(shown, DisplayName.of(family, given, name, username));
    }
}
