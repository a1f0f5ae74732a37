package vn.dvk.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Fills the registry's database the way a large province would: a tree of blocs, base organisations and units, and
 * models with Vietnamese titles over twenty topics and ten places ("Dân vận khéo" in a third of the titles, a rare
 * word in one in a thousand), the four fields, every status, two years of dates. Rows are written as the service
 * writes them (organisation path, folded search document), by SQL, so that a million take minutes, not hours.
 */
final class ModelCorpus {

    static final int BLOCS = 10;
    static final int BASES_PER_BLOC = 8;
    static final int UNITS_PER_BASE = 5;

    /** The title of model number g (SQL over g): twenty topics, ten places, the phrase and the rare word. */
    static final String TITLE = """
            case when g % 3 = 0 then 'Mô hình "Dân vận khéo" ' else 'Mô hình ' end
                || (array['chăm sóc người bệnh', 'xây dựng nông thôn mới', 'cải cách hành chính',
                    'giữ gìn an ninh trật tự', 'phát triển kinh tế hộ gia đình', 'hiến đất làm đường',
                    'thu gom rác thải', 'hỗ trợ hộ nghèo', 'chuyển đổi số', 'khuyến học',
                    'nước sạch nông thôn', 'phòng chống ma túy', 'hòa giải ở cơ sở', 'tiếp công dân',
                    'dân chủ ở cơ sở', 'bảo vệ môi trường', 'nuôi trồng thủy sản', 'trồng lúa chất lượng cao',
                    'an toàn giao thông', 'đền ơn đáp nghĩa'])[1 + (g / 7) % 20] || ' '
                || (array['ấp Phú Hòa', 'xã Vĩnh Thạnh', 'phường Mỹ Bình', 'xã Núi Sam', 'ấp Tân Lợi',
                    'thị trấn Chợ Mới', 'xã Ô Long Vĩ', 'phường Long Xuyên', 'xã Vĩnh Tế', 'ấp Hòa Long'])[1 + (g / 3) % 10]
                || case when g % 1000 = 7 then ' với đồng bào Khmer' else '' end""";

    /** Its summary (SQL over g). */
    static final String SUMMARY = "'Cán bộ, đảng viên gần dân, hiểu dân, vận động nhân dân cùng thực hiện; mô hình số ' || g";

    /** Its status, review level and recognised level (SQL over g: a row of status, review_level, recognized_level). */
    static final String STATES = """
            select
                (array['DRAFT', 'DRAFT', 'SUBMITTED', 'SUBMITTED', 'SUBMITTED', 'SUBMITTED', 'RETURNED',
                    'RECOGNIZED', 'RECOGNIZED', 'RECOGNIZED', 'RECOGNIZED', 'NOMINATED', 'DECLINED', 'WITHDRAWN',
                    'SUBMITTED', 'RECOGNIZED', 'SUBMITTED', 'DRAFT', 'SUBMITTED', 'RECOGNIZED'])[1 + g % 20] as status,
                case when g % 20 in (2, 3, 4, 5, 14, 16, 18) then 'BASE' end as review_level,
                case when g % 20 in (7, 8, 9, 10, 15, 19) then (array['BASE', 'BLOC', 'PROVINCE'])[1 + g % 3]
                     when g % 20 = 11 then 'BASE' end as recognized_level""";

    private final Connection db;

    ModelCorpus(Connection db) {
        this.db = db;
    }

    /** The bloc the benchmark's bloc reviewer sits in. */
    static String bloc(int n) {
        return "ag-bench-b%02d".formatted(n);
    }

    /** Ids and names of the tree's nodes (blocs, bases, units from 1), as {@link #addOrganisations} writes them. */
    static String base(int bloc, int base) {
        return bloc(bloc) + "-s" + base;
    }

    static String unit(int bloc, int base, int unit) {
        return base(bloc, base) + "-u" + unit;
    }

    static String blocName(int bloc) {
        return "Đảng bộ khối thử nghiệm số " + bloc;
    }

    static String baseName(int bloc, int base) {
        return "Đảng bộ cơ sở " + bloc + "." + base;
    }

    static String unitName(int bloc, int base, int unit) {
        return UNIT_KINDS[unit - 1] + " số " + bloc + "." + base + "." + unit;
    }

    private static final String[] UNIT_KINDS = {"Trường THPT", "Bệnh viện", "Ủy ban nhân dân xã", "Công ty",
        "Trung tâm y tế"};

    /** The kinds of unit, as SQL string literals separated by commas (the n-th unit of a base is of the n-th kind). */
    static String unitKinds() {
        return java.util.Arrays.stream(UNIT_KINDS).map(kind -> "'" + kind + "'")
                .collect(java.util.stream.Collectors.joining(", "));
    }

    void addOrganisations() throws SQLException {
        execute("""
                -- every node as the organisation import writes it: a code (its id in capitals) and its province
                insert into registry.organisation (id, kind, name, parent_id, code, province_id)
                select id, kind, name, parent_id, upper(id), 'ag' from (
                    select 'ag-bench-b' || lpad(b::text, 2, '0') as id, 'BLOC' as kind,
                           'Đảng bộ khối thử nghiệm số ' || b as name, 'ag' as parent_id
                    from generate_series(1, %1$d) b
                    union all
                    select 'ag-bench-b' || lpad(b::text, 2, '0') || '-s' || s, 'BASE', 'Đảng bộ cơ sở ' || b || '.' || s,
                           'ag-bench-b' || lpad(b::text, 2, '0')
                    from generate_series(1, %1$d) b, generate_series(1, %2$d) s
                    union all
                    select 'ag-bench-b' || lpad(b::text, 2, '0') || '-s' || s || '-u' || u, 'UNIT',
                           (array[%4$s])[u]
                               || ' số ' || b || '.' || s || '.' || u,
                           'ag-bench-b' || lpad(b::text, 2, '0') || '-s' || s
                    from generate_series(1, %1$d) b, generate_series(1, %2$d) s, generate_series(1, %3$d) u
                ) tree
                on conflict do nothing;
                drop table if exists bench_unit;
                create table bench_unit as
                select row_number() over (order by u.id) - 1 as n, u.id, u.name, s.id as base_id, s.name as base_name,
                       b.id as bloc_id, b.name as bloc_name
                from registry.organisation u
                join registry.organisation s on s.id = u.parent_id and s.kind = 'BASE'
                join registry.organisation b on b.id = s.parent_id and b.kind = 'BLOC'
                where u.kind = 'UNIT' and b.id like 'ag-bench-%%';
                """.formatted(BLOCS, BASES_PER_BLOC, UNITS_PER_BASE, unitKinds()));
    }

    /** Adds models numbered {@code from} to {@code to} (inclusive). */
    void addModels(long from, long to) throws SQLException {
        execute("""
                insert into registry.mobilization_model (id, campaign_id, unit_id, kind, owner_kind, owner_name, field,
                    title, summary, goals, implementation, started_on, tags, status, review_level, recognized_level,
                    event_sequence, created_by, created_at, submitted_at, updated_at, version, path, path_ids,
                    unit_name, current_version)
                select gen_random_uuid(), 'dvk-2026', u.id,
                    case when g %% 5 = 0 then 'EXEMPLAR' else 'MODEL' end,
                    case when g %% 5 = 0 then 'INDIVIDUAL' else 'COLLECTIVE' end,
                    case when g %% 5 = 0 then (array['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Võ'])[1 + g %% 6] || ' '
                        || (array['Văn', 'Thị', 'Minh', 'Hồng'])[1 + g %% 4] || ' '
                        || (array['An', 'Bình', 'Cường', 'Dung', 'Hạnh', 'Lan', 'Nam', 'Tâm'])[1 + g %% 8] end,
                    (array['ECONOMY', 'CULTURE_SOCIETY', 'DEFENSE_SECURITY', 'POLITICAL_SYSTEM'])[1 + g %% 4],
                    %3$s,
                    %4$s,
                    'Nâng cao đời sống nhân dân', 'Phân công cán bộ phụ trách, họp dân định kỳ',
                    date '2024-01-01' + (g %% 700)::int, array['thử nghiệm'],
                    s.status, s.review_level, s.recognized_level, 2, 'bench',
                    now() - make_interval(days => (g %% 730)::int, secs => (g %% 86400)::int),
                    case when s.status <> 'DRAFT' then now() - make_interval(days => (g %% 700)::int) end,
                    now() - make_interval(days => (g %% 700)::int), 0,
                    jsonb_build_object('province', jsonb_build_object('id', 'ag', 'name', 'Tỉnh An Giang'),
                        'bloc', jsonb_build_object('id', u.bloc_id, 'name', u.bloc_name),
                        'base', jsonb_build_object('id', u.base_id, 'name', u.base_name),
                        'unit', jsonb_build_object('id', u.id, 'name', u.name)),
                    array['ag', u.bloc_id, u.base_id, u.id], u.name,
                    case when s.status = 'DRAFT' then 0 else 1 end
                from generate_series(%1$d, %2$d) g
                join bench_unit u on u.n = g %% (select count(*) from bench_unit)
                cross join lateral (%5$s) s
                """.formatted(from, to, TITLE, SUMMARY, STATES));
    }

    void analyze() throws SQLException {
        execute("vacuum analyze registry.mobilization_model");
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }
}
