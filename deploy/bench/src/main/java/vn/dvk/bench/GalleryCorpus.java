package vn.dvk.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Fills reporting's {@code model_fact} with the models of {@link ModelCorpus}, numbered alike (same titles, units,
 * fields and states), as the projection leaves them: the recognised ones (three in ten) carry the text a recognition
 * publishes and appear in the public gallery, recognised over the last two years. By SQL, so that a million take a
 * minute rather than the hours of projecting their events.
 */
final class GalleryCorpus {

    private final Connection db;

    GalleryCorpus(Connection db) {
        this.db = db;
    }

    /** Adds models numbered {@code from} to {@code to} (inclusive), in the units ModelCorpus puts them in. */
    void addModels(long from, long to) throws SQLException {
        int units = ModelCorpus.BLOCS * ModelCorpus.BASES_PER_BLOC * ModelCorpus.UNITS_PER_BASE;
        execute("""
                insert into reporting.model_fact (model_id, campaign_id, province_id, bloc_id, base_id, unit_id,
                    unit_name, field, kind, owner_kind, title, summary, submitted, withdrawn, returned, declined,
                    registered_on, review_level, review_since, recognized_level, recognized_on, decision_number,
                    decision_issued_on, public_title, public_summary)
                select gen_random_uuid(), 'dvk-2026', 'ag', u.bloc_id, u.base_id, u.unit_id, u.unit_name,
                    (array['ECONOMY', 'CULTURE_SOCIETY', 'DEFENSE_SECURITY', 'POLITICAL_SYSTEM'])[1 + g %% 4],
                    case when g %% 5 = 0 then 'EXEMPLAR' else 'MODEL' end,
                    case when g %% 5 = 0 then 'INDIVIDUAL' else 'COLLECTIVE' end,
                    t.title, t.summary, s.status <> 'DRAFT', s.status = 'WITHDRAWN', s.status = 'RETURNED',
                    s.status = 'DECLINED', current_date - (g %% 700)::int, s.review_level,
                    case when s.review_level is not null then current_date - (g %% 700)::int end,
                    s.recognized_level, r.day, r.number, r.day,
                    case when s.recognized_level is not null then t.title end,
                    case when s.recognized_level is not null then t.summary end
                from generate_series(%1$d, %2$d) g
                cross join lateral (select
                    -- the unit ModelCorpus gives model g: bench_unit's row g %% units, its ids in order
                    'ag-bench-b' || lpad((1 + n / %8$d)::text, 2, '0') as bloc_id,
                    'ag-bench-b' || lpad((1 + n / %8$d)::text, 2, '0') || '-s' || (1 + n %% %8$d / %9$d) as base_id,
                    'ag-bench-b' || lpad((1 + n / %8$d)::text, 2, '0') || '-s' || (1 + n %% %8$d / %9$d) || '-u' || (1 + n %% %9$d)
                        as unit_id,
                    (array[%4$s])[1 + n %% %9$d] || ' số ' || (1 + n / %8$d) || '.' || (1 + n %% %8$d / %9$d) || '.' || (1 + n %% %9$d)
                        as unit_name
                    from (select (g %% %3$d)::int as n) k) u
                cross join lateral (select %5$s as title, %6$s as summary) t
                cross join lateral (%7$s) s
                cross join lateral (select current_date - (g %% 730)::int as day, 'QĐ-' || g || '/BDV' as number) r
                """.formatted(from, to, units, ModelCorpus.unitKinds(), ModelCorpus.TITLE, ModelCorpus.SUMMARY,
                        ModelCorpus.STATES, ModelCorpus.BASES_PER_BLOC * ModelCorpus.UNITS_PER_BASE,
                        ModelCorpus.UNITS_PER_BASE));
    }

    void analyze() throws SQLException {
        execute("vacuum analyze reporting.model_fact");
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }
}
