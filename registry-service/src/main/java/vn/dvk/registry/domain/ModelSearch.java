package vn.dvk.registry.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import static vn.dvk.kit.db.NativeValues.timestamp;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.kit.paging.PageCursor;
import vn.dvk.kit.problems.InvalidRequestProblem;
import vn.dvk.kit.problems.KitMessages;

/**
 * Lists and searches models in PostgreSQL alone. Search text is folded like the indexed document (lower case,
 * no diacritics, "đ" → "d"), so "dan van kheo" finds "Dân vận khéo"; matches are words of the title, summary,
 * tags, owner and unit (full-text, ranked by field weight and proximity), a mistyped word standing for the title
 * words close to it ({@link TypoCorrection}). Pages follow a keyset on the sort value and the id: stable while rows
 * come in.
 */
@ApplicationScoped
public class ModelSearch {

    private static final String COLUMNS = """
            m.id, m.campaign_id, m.unit_id, m.unit_name, m.title, m.field, m.kind, m.owner_kind, m.owner_name,
            m.status, m.review_level, m.recognized_level, m.current_version, m.created_at, m.submitted_at,
            m.updated_at""";

    /** A quote, a word excluded with a leading minus, or the word "or" between others. */
    private static final Pattern WEB_SEARCH_SYNTAX = Pattern.compile("\"|(^|\\s)-\\S|\\sor\\s",
            Pattern.CASE_INSENSITIVE);

    /** How many of the most recent matches a search ranks by relevance. */
    public static final int RANKED_MATCHES = 1_000;

    private final EntityManager entityManager;
    private final TypoCorrection typos;
    /** The province's (dvk.time.zone), in which the dates of a search are days. */
    private final ZoneId zone;

    public ModelSearch(EntityManager entityManager, TypoCorrection typos, Clock clock) {
        this.entityManager = entityManager;
        this.typos = typos;
        this.zone = clock.getZone();
    }

    @Transactional
    public ModelPage find(ModelQuery query, Visibility visibility, String cursor) {
        // A plan made for the words searched: how common they are decides between walking the newest rows and the
        // search index. A generic plan (the driver prepares statements after five runs) guesses, and took a common
        // phrase from 30 ms to 7 s at a million models.
        entityManager.createNativeQuery("select set_config('plan_cache_mode', 'force_custom_plan', true)")
                .getSingleResult();
        ModelSort sort = query.sort();
        Map<String, Object> parameters = new HashMap<>();
        List<String> where = new ArrayList<>();
        restrictTo(visibility, where, parameters);
        filter(query, where, parameters);
        String rank = "0";
        if (query.searches()) {
            // Quoted phrases and -excluded words are taken literally; plain words may hold a typo, which the
            // correction turns into the title words it may stand for, so both are searched on the full-text index.
            String words = usesOperators(query.text()) ? "" : typos.query(query.text());
            String tsquery;
            if (words.isEmpty()) {
                tsquery = "websearch_to_tsquery('simple', {h-schema}dvk_fold(:text))";
                parameters.put("text", query.text());
            } else {
                tsquery = "cast(:words as tsquery)";
                parameters.put("words", words);
            }
            where.add("m.search_document @@ " + tsquery);
            rank = "ts_rank_cd(m.search_document, " + tsquery + ")";
        }
        String direction = sort.ascending ? "asc" : "desc";
        String after = "";
        if (cursor != null) {
            after = "where (s." + sort.key + ", s.id) " + (sort.ascending ? ">" : "<") + " (:afterKey, :afterId)";
            readCursor(cursor, sort, parameters);
        }
        String matching = "select * from {h-schema}mobilization_model m where " + String.join(" and ", where);
        if (sort == ModelSort.RELEVANCE) {
            // Ranking reads every match; a phrase in a third of a million titles would take seconds. The most recent
            // matches are ranked instead (the planner finds them through the created_at index when they are common,
            // through the search index when they are rare); sort=NEWEST pages through every match.
            matching += " order by m.created_at desc, m.id desc limit " + RANKED_MATCHES;
        }
        String sql = """
                select * from (
                    select %s, {h-schema}dvk_fold(m.title) as title_key, cast(%s as real) as rank
                    from (%s) m
                ) s
                %s
                order by s.%s %s, s.id %s
                limit :limit""".formatted(COLUMNS, rank, matching, after, sort.key, direction, direction);
        Query statement = entityManager.createNativeQuery(sql);
        parameters.forEach(statement::setParameter);
        statement.setParameter("limit", query.limit() + 1);
        List<?> rows = statement.getResultList();
        List<ModelSummary> items = new ArrayList<>();
        String nextCursor = null;
        for (int i = 0; i < Math.min(rows.size(), query.limit()); i++) {
            Object[] row = (Object[]) rows.get(i);
            items.add(summary(row, query.searches()));
            if (i == query.limit() - 1 && rows.size() > query.limit()) {
                nextCursor = cursorAfter(row, sort);
            }
        }
        return new ModelPage(items, nextCursor);
    }

    /** Whether the text uses web-search syntax: "phrases", -exclusions, or. */
    private static boolean usesOperators(String text) {
        return WEB_SEARCH_SYNTAX.matcher(text).find();
    }

    private static void restrictTo(Visibility visibility, List<String> where, Map<String, Object> parameters) {
        if (visibility.unitId() != null) {
            where.add("m.unit_id = :visibleUnit");
            parameters.put("visibleUnit", visibility.unitId());
        } else {
            where.add("m.path_ids @> array[cast(:visibleUnder as text)] and m.status <> 'DRAFT'");
            parameters.put("visibleUnder", visibility.underOrganisationId());
        }
    }

    private void filter(ModelQuery query, List<String> where, Map<String, Object> parameters) {
        if (query.campaignId() != null) {
            where.add("m.campaign_id = :campaign");
            parameters.put("campaign", query.campaignId());
        }
        if (!query.fields().isEmpty()) {
            where.add("m.field in (:fields)");
            parameters.put("fields", query.fields().stream().map(Enum::name).toList());
        }
        if (!query.kinds().isEmpty()) {
            where.add("m.kind in (:kinds)");
            parameters.put("kinds", query.kinds().stream().map(Enum::name).toList());
        }
        if (!query.statuses().isEmpty()) {
            where.add("m.status in (:statuses)");
            parameters.put("statuses", query.statuses().stream().map(Enum::name).toList());
        }
        if (query.levelReached() != null) {
            where.add("m.recognized_level in (:levels)");
            parameters.put("levels", Arrays.stream(Level.values())
                    .filter(level -> level.compareTo(query.levelReached()) >= 0).map(Enum::name).toList());
        }
        if (query.organisationId() != null) {
            where.add("m.path_ids @> array[cast(:organisation as text)]");
            parameters.put("organisation", query.organisationId());
        }
        if (query.tag() != null) {
            where.add("m.tags @> array[cast(:tag as text)]");
            parameters.put("tag", query.tag());
        }
        range("m.created_at", "created", query.createdFrom(), query.createdTo(), where, parameters);
        range("m.submitted_at", "submitted", query.submittedFrom(), query.submittedTo(), where, parameters);
    }

    /** Dates are days in the province's time zone, both ends included. */
    private void range(String column, String name, LocalDate from, LocalDate to, List<String> where,
            Map<String, Object> parameters) {
        if (from != null) {
            where.add(column + " >= :" + name + "From");
            parameters.put(name + "From", from.atStartOfDay(zone).toOffsetDateTime());
        }
        if (to != null) {
            where.add(column + " < :" + name + "To");
            parameters.put(name + "To", to.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
        }
    }

    private static void readCursor(String cursor, ModelSort sort, Map<String, Object> parameters) {
        List<String> values = PageCursor.decode(cursor, 3);
        if (!values.get(0).equals(sort.name())) {
            throw InvalidRequestProblem.ofField("cursor", RegistryMessages.CURSOR_OF_ANOTHER_SORT.text());
        }
        try {
            parameters.put("afterKey", switch (sort) {
                case NEWEST, OLDEST, RECENTLY_UPDATED -> OffsetDateTime.parse(values.get(1));
                case TITLE -> values.get(1);
                case RELEVANCE -> Float.parseFloat(values.get(1));
            });
            parameters.put("afterId", UUID.fromString(values.get(2)));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw InvalidRequestProblem.ofField("cursor", KitMessages.CURSOR_NOT_HANDED_OUT.text());
        }
    }

    private static String cursorAfter(Object[] row, ModelSort sort) {
        String key = switch (sort) {
            case NEWEST, OLDEST -> timestamp(row[13]).toString();
            case RECENTLY_UPDATED -> timestamp(row[15]).toString();
            case TITLE -> (String) row[16];
            case RELEVANCE -> Float.toString(((Number) row[17]).floatValue());
        };
        return PageCursor.encode(sort.name(), key, row[0].toString());
    }

    private static ModelSummary summary(Object[] row, boolean ranked) {
        return new ModelSummary((UUID) row[0], (String) row[1], (String) row[2], (String) row[3], (String) row[4],
                Field.valueOf((String) row[5]), ModelKind.valueOf((String) row[6]), OwnerKind.valueOf((String) row[7]),
                (String) row[8], ModelStatus.valueOf((String) row[9]), level(row[10]), level(row[11]),
                ((Number) row[12]).intValue(), timestamp(row[13]), timestamp(row[14]), timestamp(row[15]),
                ranked ? ((Number) row[17]).floatValue() : null);
    }

    private static Level level(Object value) {
        return value == null ? null : Level.valueOf((String) value);
    }
}
