package vn.dvk.reporting.documents;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Dates, counts and period names as a Vietnamese Party document writes them: "ngày 05 tháng 6 năm 2026" (a day
 * below 10 and the months 1 and 2 with a leading zero, so that no digit can be added), "1.272" (a dot between
 * thousands), "quý II".
 */
final class VietnameseText {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    private VietnameseText() {
    }

    static String date(LocalDate date) {
        int month = date.getMonthValue();
        return "ngày %02d tháng %s năm %d".formatted(date.getDayOfMonth(), month <= 2 ? "0" + month : month,
                date.getYear());
    }

    /** "An Giang, ngày 15 tháng 6 năm 2026"; "Ngày …" when the place is not known. */
    static String placeAndDate(String place, LocalDate date) {
        return place == null || place.isBlank() ? "N" + date(date).substring(1) : place + ", " + date(date);
    }

    static String count(long value) {
        return String.format(Locale.GERMANY, "%,d", value); // the same grouping: 1.272
    }

    static String roman(int number) {
        return ROMAN[number - 1];
    }

    static String upper(String text) {
        return text == null ? null : text.toUpperCase(VIETNAMESE);
    }
}
