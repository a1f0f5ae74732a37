package vn.dvk.k8s;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a PromQL expression (an alert's or a dashboard panel's) well enough to name the metrics it selects
 * and the label matchers it uses, and to notice what would not parse: unbalanced parentheses, brackets or
 * quotes, malformed label matchers or range durations, unknown functions. Not a full parser: operator
 * precedence and argument types are left to Prometheus; what matters here is that every name that is not
 * a function, keyword or label is a metric, so that a misspelt one cannot hide.
 */
final class PromQL {

    /** A label matcher inside braces, with the metric it belongs to (null for a bare selector). */
    record LabelMatcher(String metric, String label, String operator, String value) {
    }

    /** What an expression selects, and what did not parse (empty: fine). */
    record Expression(Set<String> metrics, List<LabelMatcher> matchers, List<String> problems) {
    }

    static final Set<String> FUNCTIONS = Set.of("abs", "absent", "absent_over_time", "acos", "acosh", "asin",
            "asinh", "atan", "atanh", "avg_over_time", "ceil", "changes", "clamp", "clamp_max", "clamp_min", "cos",
            "cosh", "count_over_time", "day_of_month", "day_of_week", "day_of_year", "days_in_month", "deg", "delta",
            "deriv", "double_exponential_smoothing", "exp", "floor", "histogram_avg", "histogram_count",
            "histogram_fraction", "histogram_quantile", "histogram_stddev", "histogram_stdvar", "histogram_sum",
            "holt_winters", "hour", "idelta", "increase", "info", "irate", "label_join", "label_replace",
            "last_over_time", "ln", "log10", "log2", "mad_over_time", "max_over_time", "min_over_time", "minute",
            "month", "pi", "predict_linear", "present_over_time", "quantile_over_time", "rad", "rate", "resets",
            "round", "scalar", "sgn", "sin", "sinh", "sort", "sort_by_label", "sort_by_label_desc", "sort_desc",
            "sqrt", "stddev_over_time", "stdvar_over_time", "sum_over_time", "tan", "tanh", "time", "timestamp",
            "vector", "year");

    static final Set<String> AGGREGATIONS = Set.of("sum", "min", "max", "avg", "group", "stddev", "stdvar",
            "count", "count_values", "bottomk", "topk", "quantile", "limitk", "limit_ratio");

    /** Keywords followed by a list of label names in parentheses. */
    private static final Set<String> LABEL_LISTS = Set.of("by", "without", "on", "ignoring", "group_left",
            "group_right");

    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "offset", "bool", "atan2");

    private static final String DURATION = "(?:\\d+(?:ms|[smhdwy]))+";
    /** Grafana's variables ($__rate_interval, ${interval}) stand for durations in dashboards. */
    private static final String VARIABLE = "\\$(?:\\{\\w+}|\\w+)";
    private static final Pattern RANGE = Pattern.compile("\\s*(?:" + DURATION + "|" + VARIABLE + ")\\s*(?::\\s*(?:"
            + DURATION + "|" + VARIABLE + ")?\\s*)?");
    private static final Pattern LABEL = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

    private final String text;
    private int at;
    private final Set<String> metrics = new LinkedHashSet<>();
    private final List<LabelMatcher> matchers = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private PromQL(String text) {
        this.text = text;
    }

    static Expression parse(String expression) {
        PromQL parser = new PromQL(expression == null ? "" : expression);
        parser.run();
        return new Expression(parser.metrics, parser.matchers, parser.problems);
    }

    private void run() {
        if (text.isBlank()) {
            problems.add("empty expression");
            return;
        }
        int depth = 0;
        String lastMetric = null;
        boolean afterName = false;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (Character.isWhitespace(c)) {
                at++;
                continue;
            }
            boolean name = false;
            if (c == '#') {
                int end = text.indexOf('\n', at);
                at = end < 0 ? text.length() : end;
            } else if (c == '"' || c == '\'' || c == '`') {
                string();
            } else if (c == '(') {
                depth++;
                at++;
            } else if (c == ')') {
                depth--;
                if (depth < 0) {
                    problems.add("')' without '(' at " + at);
                    depth = 0;
                }
                at++;
            } else if (c == '{') {
                selector(afterName ? lastMetric : null);
            } else if (c == '[') {
                range();
            } else if (c == '$') {
                variable();
            } else if (Character.isDigit(c) || c == '.' && at + 1 < text.length()
                    && Character.isDigit(text.charAt(at + 1))) {
                number();
            } else if (Character.isLetter(c) || c == '_' || c == ':') {
                String identifier = identifier();
                name = word(identifier);
                lastMetric = name ? identifier : null;
            } else if ("+-*/%^=!<>,@".indexOf(c) >= 0) {
                at++;
            } else {
                problems.add("unexpected '" + c + "' at " + at);
                at++;
            }
            afterName = name;
        }
        if (depth != 0) {
            problems.add("unbalanced parentheses");
        }
    }

    /** Returns whether the identifier is a metric name. */
    private boolean word(String identifier) {
        String lower = identifier.toLowerCase();
        if (lower.equals("inf") || lower.equals("nan")) {
            return false;
        }
        char next = nextNonSpace();
        if (LABEL_LISTS.contains(identifier)) {
            if (next == '(') {
                labelList();
            } else if (!identifier.startsWith("group_")) {
                problems.add("'" + identifier + "' needs a list of labels in parentheses");
            }
            return false;
        }
        if (KEYWORDS.contains(identifier) || AGGREGATIONS.contains(identifier)) {
            return false;
        }
        if (next == '(') {
            if (!FUNCTIONS.contains(identifier)) {
                problems.add("unknown function " + identifier + "()");
            }
            return false;
        }
        metrics.add(identifier);
        return true;
    }

    private void selector(String metric) {
        int open = at;
        int close = closing('{', '}');
        if (close < 0) {
            problems.add("'{' at " + open + " is never closed");
            at = text.length();
            return;
        }
        String body = text.substring(open + 1, close);
        at = close + 1;
        int i = 0;
        while (i < body.length()) {
            while (i < body.length() && (Character.isWhitespace(body.charAt(i)) || body.charAt(i) == ',')) {
                i++;
            }
            if (i >= body.length()) {
                break;
            }
            var label = LABEL.matcher(body).region(i, body.length());
            if (!label.lookingAt()) {
                problems.add("malformed label matcher in {" + body + "}");
                return;
            }
            String name = label.group();
            i = skipSpaces(body, label.end());
            String operator = null;
            for (String candidate : List.of("=~", "!~", "!=", "=")) {
                if (body.startsWith(candidate, i)) {
                    operator = candidate;
                    break;
                }
            }
            if (operator == null) {
                problems.add("label " + name + " without =, !=, =~ or !~ in {" + body + "}");
                return;
            }
            i = skipSpaces(body, i + operator.length());
            if (i >= body.length() || "\"'`".indexOf(body.charAt(i)) < 0) {
                problems.add("label " + name + " needs a quoted value in {" + body + "}");
                return;
            }
            char quote = body.charAt(i);
            int end = i + 1;
            StringBuilder value = new StringBuilder();
            while (end < body.length() && body.charAt(end) != quote) {
                if (body.charAt(end) == '\\' && quote != '`' && end + 1 < body.length()) {
                    end++;
                }
                value.append(body.charAt(end));
                end++;
            }
            if (end >= body.length()) {
                problems.add("unterminated label value in {" + body + "}");
                return;
            }
            if (name.equals("__name__") && operator.equals("=")) {
                metrics.add(value.toString());
            }
            matchers.add(new LabelMatcher(metric, name, operator, value.toString()));
            i = skipSpaces(body, end + 1);
            if (i < body.length() && body.charAt(i) != ',') {
                problems.add("expected ',' between label matchers in {" + body + "}");
                return;
            }
        }
    }

    private void range() {
        int open = at;
        int close = text.indexOf(']', at);
        if (close < 0) {
            problems.add("'[' at " + open + " is never closed");
            at = text.length();
            return;
        }
        String body = text.substring(open + 1, close);
        if (!RANGE.matcher(body).matches()) {
            problems.add("malformed range [" + body + "]");
        }
        at = close + 1;
    }

    private void labelList() {
        int open = text.indexOf('(', at);
        int close = text.indexOf(')', open);
        if (close < 0) {
            problems.add("label list at " + open + " is never closed");
            at = text.length();
            return;
        }
        for (String label : text.substring(open + 1, close).split(",")) {
            if (!label.isBlank() && !LABEL.matcher(label.strip()).matches()) {
                problems.add("'" + label.strip() + "' is not a label name");
            }
        }
        at = close + 1;
    }

    private void string() {
        char quote = text.charAt(at);
        int i = at + 1;
        while (i < text.length() && text.charAt(i) != quote) {
            i += text.charAt(i) == '\\' && quote != '`' ? 2 : 1;
        }
        if (i >= text.length()) {
            problems.add("unterminated string at " + at);
            at = text.length();
            return;
        }
        at = i + 1;
    }

    private void variable() {
        at++;
        if (at < text.length() && text.charAt(at) == '{') {
            int close = text.indexOf('}', at);
            at = close < 0 ? text.length() : close + 1;
            return;
        }
        while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
            at++;
        }
    }

    private void number() {
        if (text.startsWith("0x", at) || text.startsWith("0X", at)) {
            at += 2;
        }
        while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '.')) {
            char c = text.charAt(at);
            // exponent sign: 1e+3
            if ((c == 'e' || c == 'E') && at + 1 < text.length() && "+-".indexOf(text.charAt(at + 1)) >= 0) {
                at++;
            }
            at++;
        }
    }

    private String identifier() {
        int start = at;
        while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_'
                || text.charAt(at) == ':')) {
            at++;
        }
        return text.substring(start, at);
    }

    private char nextNonSpace() {
        int i = skipSpaces(text, at);
        return i < text.length() ? text.charAt(i) : '\0';
    }

    private static int skipSpaces(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The index of the bracket closing the one at {@code at}, skipping quoted strings; -1 if none. */
    private int closing(char open, char close) {
        int i = at + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                int j = i + 1;
                while (j < text.length() && text.charAt(j) != c) {
                    j += text.charAt(j) == '\\' && c != '`' ? 2 : 1;
                }
                i = j + 1;
                continue;
            }
            if (c == close) {
                return i;
            }
            if (c == open) {
                return -1;
            }
            i++;
        }
        return -1;
    }
}
