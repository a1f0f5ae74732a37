package vn.dvk.registry.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Turns the plain words of a search into a full-text query that forgives a typo. A word that no model's title uses
 * ({@code title_word}, learnt as titles are written) is taken to be mistyped: it matches itself (it may be a word of
 * a summary or a name) or any title word within a few edits of it, as search engines count them (a letter
 * changed, added, left out, or two neighbours swapped): none for words of one or two letters, one up to five
 * letters, two from six. A word some title uses is taken as typed.
 */
@ApplicationScoped
public class TypoCorrection {

    /** At most this many words of one text are corrected (each is compared with every title word). */
    static final int MAX_CORRECTED_WORDS = 8;

    private final EntityManager entityManager;

    public TypoCorrection(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The text's words, folded as the search document folds them, joined with AND, each mistyped one with the title
     * words it may stand for (a {@code tsquery} in PostgreSQL's syntax); empty when the text has no word at all.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String query(String text) {
        List<?> rows = entityManager.createNativeQuery("""
                select q.word, exists (select 1 from {h-schema}title_word t where t.word = q.word)
                from unnest(tsvector_to_array(to_tsvector('simple', {h-schema}dvk_fold(:text)))) q(word)""")
                .setParameter("text", text).getResultList();
        // a set: a word two writers learnt at once is in title_word twice
        Map<String, Set<String>> alternatives = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            String word = (String) columns[0];
            alternatives.put(word, new LinkedHashSet<>(List.of(word)));
            if (!(Boolean) columns[1] && allowedEdits(word) > 0 && unknown.size() < MAX_CORRECTED_WORDS) {
                unknown.add(word);
            }
        }
        for (String[] near : titleWordsNear(unknown)) {
            if (distance(near[0], near[1]) <= allowedEdits(near[0])) {
                alternatives.get(near[0]).add(near[1]);
            }
        }
        StringJoiner query = new StringJoiner(" & ");
        alternatives.values().forEach(words -> query.add(anyOf(words)));
        return query.toString();
    }

    /**
     * Pairs of a word and a title word that may be within its edits: a swap of neighbours is two edits to
     * PostgreSQL's Levenshtein distance, so it is asked for twice the edits and {@link #distance} decides. The
     * lengths are compared first (CASE keeps the order): the distance refuses words over 255 characters, which a
     * title may hold.
     */
    private List<String[]> titleWordsNear(List<String> words) {
        if (words.isEmpty()) {
            return List.of();
        }
        StringJoiner values = new StringJoiner(", ");
        for (int i = 0; i < words.size(); i++) {
            values.add("(cast(:w" + i + " as text), cast(:e" + i + " as int))");
        }
        var statement = entityManager.createNativeQuery("""
                select q.word, t.word from (values %s) q(word, edits)
                join {h-schema}title_word t on case when abs(length(t.word) - length(q.word)) <= q.edits
                    then public.levenshtein_less_equal(t.word, q.word, 2 * q.edits) <= 2 * q.edits end""".formatted(values));
        for (int i = 0; i < words.size(); i++) {
            statement.setParameter("w" + i, words.get(i)).setParameter("e" + i, allowedEdits(words.get(i)));
        }
        List<String[]> pairs = new ArrayList<>();
        for (Object row : statement.getResultList()) {
            Object[] columns = (Object[]) row;
            pairs.add(new String[] {(String) columns[0], (String) columns[1]});
        }
        return pairs;
    }

    /** How many edits a mistyped word of this length may hold and still be corrected. */
    static int allowedEdits(String word) {
        int length = word.codePointCount(0, word.length());
        return length <= 2 ? 0 : length <= 5 ? 1 : 2;
    }

    /**
     * The edits between two words: letters changed, added or left out, and two neighbours swapped, each counting
     * one (the optimal string alignment distance).
     */
    static int distance(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int[][] d = new int[x.length + 1][y.length + 1];
        for (int i = 0; i <= x.length; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= y.length; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            for (int j = 1; j <= y.length; j++) {
                int cost = x[i - 1] == y[j - 1] ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[x.length][y.length];
    }

    /** Lexemes quoted for tsquery's syntax (a quote doubled, a backslash escaped), joined with OR. */
    private static String anyOf(Set<String> words) {
        StringJoiner any = new StringJoiner(" | ", words.size() > 1 ? "(" : "", words.size() > 1 ? ")" : "");
        words.forEach(word -> any.add("'" + word.replace("\\", "\\\\").replace("'", "''") + "'"));
        return any.toString();
    }
}
