package vn.dvk.reporting.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.kit.db.NativeValues;
import vn.dvk.kit.paging.PageCursor;
import vn.dvk.kit.problems.KitMessages;
import vn.dvk.reporting.projection.LiveSchema;
import vn.dvk.reporting.projection.ProjectionSchema;

/**
 * The public gallery: models recognised at some level whose recognition was never revoked and which were not
 * withdrawn, with only what a recognition decision publishes (no reviewers, no owner's personal details, nothing of
 * a model before its recognition). The text is the recognised version's, frozen at recognition ({@code public_title},
 * {@code public_summary}): what the unit edits afterwards (a returned model, say) is not published until a
 * recognition of the edited version. Newest recognitions first; searched without regard to case or diacritics.
 */
@ApplicationScoped
public class Gallery {

    /** A model as the gallery shows it. */
    public record Entry(UUID modelId, String title, String unitName, String field, Level level,
            String decisionNumber, LocalDate decisionIssuedOn, LocalDate recognizedOn, String summary,
            String campaignId) {
    }

    public record Page(List<Entry> items, String nextCursor) {
    }

    /** What a visitor looks for: words of the title, summary or unit; field; level reached; campaign; province. */
    public record Search(String text, String field, Level level, String campaignId, String provinceId) {
    }

    private final EntityManager entityManager;
    private final ProjectionSchema schema;

    public Gallery(EntityManager entityManager, LiveSchema live) {
        this.entityManager = entityManager;
        this.schema = live.schema();
    }

    /** The statement of a page, with its parameters (the page's size and one more, to tell whether another follows). */
    record Statement(String sql, Map<String, Object> parameters) {
    }

    public Page find(Search search, String cursor, int limit) {
        Statement statement = statement(search, cursor, limit);
        Query query = entityManager.createNativeQuery(statement.sql(), Object[].class);
        statement.parameters().forEach(query::setParameter);
        List<Entry> entries = new ArrayList<>();
        for (Object result : query.getResultList()) {
            Object[] r = (Object[]) result;
            entries.add(new Entry((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], Level.valueOf((String) r[4]),
                    (String) r[5], NativeValues.date(r[6]), NativeValues.date(r[7]), (String) r[8], (String) r[9]));
        }
        String next = null;
        if (entries.size() > limit) {
            entries = entries.subList(0, limit);
            Entry last = entries.get(limit - 1);
            next = PageCursor.encode(last.recognizedOn().toString(), last.modelId().toString());
        }
        return new Page(List.copyOf(entries), next);
    }

    /** What {@link #find} runs: the recognitions that stand, narrowed by the search, newest first, after the cursor. */
    Statement statement(Search search, String cursor, int limit) {
        List<String> where = new ArrayList<>(List.of("m.public_title is not null", "m.recognized_level is not null",
                "not m.revoked", "not m.withdrawn"));
        Map<String, Object> parameters = new HashMap<>();
        if (search.text() != null && !search.text().isBlank()) {
            // gallery_text: title, summary and unit, folded when written (V15), with a trigram index
            where.add("m.gallery_text like '%' || {p}.dvk_fold(:text) || '%' escape '\\'");
            parameters.put("text", search.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"));
        }
        if (search.field() != null) {
            where.add("m.field = :field");
            parameters.put("field", search.field());
        }
        if (search.level() != null) {
            where.add("m.recognized_level = :level");
            parameters.put("level", search.level().name());
        }
        if (search.campaignId() != null) {
            where.add("m.campaign_id = :campaign");
            parameters.put("campaign", search.campaignId());
        }
        if (search.provinceId() != null) {
            where.add("m.province_id = :province");
            parameters.put("province", search.provinceId());
        }
        if (cursor != null) {
            List<String> after = PageCursor.decode(cursor, 2);
            where.add("(m.recognized_on, m.model_id) < (:afterDay, :afterId)");
            try {
                parameters.put("afterDay", LocalDate.parse(after.get(0)));
                parameters.put("afterId", UUID.fromString(after.get(1)));
            } catch (RuntimeException e) {
                throw vn.dvk.kit.problems.InvalidRequestProblem.ofField("cursor", KitMessages.CURSOR_NOT_HANDED_OUT.text());
            }
        }
        parameters.put("limit", limit + 1);
        return new Statement(schema.sql("""
                select m.model_id, m.public_title, m.unit_name, m.field, m.recognized_level, m.decision_number,
                       m.decision_issued_on, m.recognized_on, m.public_summary, m.campaign_id
                from {p}.model_fact m
                where %s
                order by m.recognized_on desc, m.model_id desc
                limit :limit""".formatted(String.join(" and ", where))), parameters);
    }
}
