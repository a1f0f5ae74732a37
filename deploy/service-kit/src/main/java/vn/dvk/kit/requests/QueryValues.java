package vn.dvk.kit.requests;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.dvk.kit.problems.BilingualText;
import vn.dvk.kit.problems.InvalidRequestProblem;
import vn.dvk.kit.problems.KitMessages;
import vn.dvk.kit.problems.Problem;

/**
 * Reads typed values from query parameters and collects what is wrong with them, so that one 400 names every bad
 * parameter. (JAX-RS would answer a query parameter it cannot convert with a bare 404.)
 */
public final class QueryValues {

    private final List<Problem.Violation> violations = new ArrayList<>();

    /** The constants named, each given once or as a comma-separated list; empty when none. */
    public <E extends Enum<E>> Set<E> enums(String parameter, List<String> values, Class<E> type) {
        Set<E> constants = EnumSet.noneOf(type);
        if (values == null) {
            return constants;
        }
        for (String value : values.stream().flatMap(v -> Arrays.stream(v.split(","))).toList()) {
            try {
                constants.add(Enum.valueOf(type, value));
            } catch (IllegalArgumentException e) {
                violations.add(new Problem.Violation(parameter, KitMessages.ONE_OF.text(Arrays.stream(
                        type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")))));
            }
        }
        return constants;
    }

    public <E extends Enum<E>> E oneEnum(String parameter, String value, Class<E> type) {
        Set<E> constants = enums(parameter, value == null ? null : List.of(value), type);
        if (constants.size() > 1) {
            violations.add(new Problem.Violation(parameter, KitMessages.TAKES_ONE_VALUE.text()));
        }
        return constants.isEmpty() ? null : constants.iterator().next();
    }

    /** An ISO-8601 date (2026-11-22), or null. */
    public LocalDate date(String parameter, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            violations.add(new Problem.Violation(parameter, KitMessages.DATE_LIKE.text()));
            return null;
        }
    }

    /** The page size a list was asked for, if it lies from 1 to {@code max}. */
    public int limit(int limit, int max) {
        if (limit < 1 || limit > max) {
            violations.add(new Problem.Violation("limit", KitMessages.LIMIT_FROM_ONE_TO.text(max)));
        }
        return limit;
    }

    /** A whole number of at least 1, or null. */
    public Integer positive(String parameter, String value) {
        if (value == null) {
            return null;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        violations.add(new Problem.Violation(parameter, KitMessages.WHOLE_NUMBER_AT_LEAST_ONE.text()));
        return null;
    }

    /** Notes a violation found by the caller's own rule, worded in its module's catalogue. */
    public void refuse(String parameter, BilingualText message) {
        violations.add(new Problem.Violation(parameter, message));
    }

    /** @throws InvalidRequestProblem naming every bad parameter, if there is one */
    public void check() {
        if (!violations.isEmpty()) {
            throw new InvalidRequestProblem(KitMessages.INVALID_QUERY_PARAMETERS.text(), violations);
        }
    }
}
