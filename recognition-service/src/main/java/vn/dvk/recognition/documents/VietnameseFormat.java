package vn.dvk.recognition.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Locale;
import vn.dvk.contracts.vocabulary.Level;

/**
 * Dates, numbers and level names as a Vietnamese document prints them: "ngày 05 tháng 6 năm 2026" (a day below 10
 * and the months 1 and 2 take a leading zero, as Party documents write them so that no digit can be added), "85,5"
 * (a decimal comma, no trailing zeros), "Cấp khối".
 */
public final class VietnameseFormat {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private VietnameseFormat() {
    }

    /** "ngày 15 tháng 6 năm 2026". */
    public static String date(LocalDate date) {
        String day = String.format("%02d", date.getDayOfMonth());
        int month = date.getMonthValue();
        return "ngày " + day + " tháng " + (month <= 2 ? "0" + month : String.valueOf(month)) + " năm " + date.getYear();
    }

    /** "An Giang, ngày 15 tháng 6 năm 2026": the place-and-date line; the date alone when the place is unknown. */
    public static String placeAndDate(String place, LocalDate date) {
        return place == null || place.isBlank() ? capitalised(date(date)) : place + ", " + date(date);
    }

    /** "14 giờ 05, ngày 15 tháng 6 năm 2026". */
    public static String time(ZonedDateTime at) {
        return String.format("%02d giờ %02d, ", at.getHour(), at.getMinute()) + date(at.toLocalDate());
    }

    /** "85", "85,5", "85,25": at most two decimals, a decimal comma, no trailing zeros. */
    public static String number(BigDecimal value) {
        BigDecimal rounded = value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return (rounded.scale() < 0 ? rounded.setScale(0) : rounded).toPlainString().replace('.', ',');
    }

    /** "cấp cơ sở", "cấp khối", "cấp tỉnh". */
    public static String level(Level level) {
        return "cấp " + level.vietnamese();
    }

    /** "Cấp cơ sở", "Cấp khối", "Cấp tỉnh": the level at the start of a line. */
    public static String levelCapitalised(Level level) {
        return capitalised(level(level));
    }

    public static String upper(String text) {
        return text == null ? null : text.toUpperCase(VIETNAMESE);
    }

    public static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(VIETNAMESE) + text.substring(1);
    }
}
