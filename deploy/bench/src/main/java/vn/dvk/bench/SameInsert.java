package vn.dvk.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The INSERT a service ran for one row, as SQL that pgbench can repeat: a row the service wrote is read back and
 * written again, with the same values, into a copy of its table (same columns, defaults, constraints and indexes,
 * in schema {@value #SCHEMA}), fresh values only where a unique index requires them (its uuid columns) and the
 * identity columns left to their sequence. So the baseline pays for the same row, the same indexes and the same
 * commit as the service's transaction, and nothing of the service's own tables changes.
 */
final class SameInsert {

    static final String SCHEMA = "bench_baseline";

    private SameInsert() {
    }

    /**
     * @param table schema-qualified, e.g. {@code registry.mobilization_model}
     * @param where selects the row to copy, e.g. {@code id = '…'} or {@code true order by id desc}
     */
    static String of(Connection db, String table, String where) throws SQLException {
        String schema = table.substring(0, table.indexOf('.'));
        String name = table.substring(table.indexOf('.') + 1);
        String copy = SCHEMA + "." + name;
        try (Statement ddl = db.createStatement()) {
            ddl.execute("create schema if not exists " + SCHEMA);
            ddl.execute("drop table if exists " + copy);
            ddl.execute("create table " + copy + " (like " + table + " including all)");
        }
        Set<String> freshUuids = uniqueUuidColumns(db, table);
        List<String> columns = new ArrayList<>();
        List<String> values = new ArrayList<>();
        try (PreparedStatement meta = db.prepareStatement("""
                select column_name, udt_schema, udt_name, is_identity, is_generated
                from information_schema.columns where table_schema = ? and table_name = ? order by ordinal_position""")) {
            meta.setString(1, schema);
            meta.setString(2, name);
            try (ResultSet column = meta.executeQuery(); Statement read = db.createStatement();
                    ResultSet row = read.executeQuery("select * from " + table + " where " + where + " limit 1")) {
                if (!row.next()) {
                    throw new IllegalStateException("no row of " + table + " where " + where);
                }
                while (column.next()) {
                    String col = column.getString(1);
                    if (column.getString(4).equals("YES") || column.getString(5).equals("ALWAYS")) {
                        continue; // the copy's own sequence or expression fills it, as the original's did
                    }
                    columns.add(col);
                    if (freshUuids.contains(col)) {
                        values.add("gen_random_uuid()");
                        continue;
                    }
                    String value = row.getString(col);
                    String type = column.getString(2).equals("pg_catalog") ? column.getString(3)
                            : column.getString(2) + "." + column.getString(3);
                    values.add(value == null ? "null" : "'" + value.replace("'", "''") + "'::" + type);
                }
            }
        }
        return "insert into " + copy + " (" + String.join(", ", columns) + ")\n  values ("
                + String.join(", ", values) + ");\n";
    }

    private static Set<String> uniqueUuidColumns(Connection db, String table) throws SQLException {
        Set<String> columns = new HashSet<>();
        try (PreparedStatement query = db.prepareStatement("""
                select a.attname from pg_index i
                join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
                where i.indrelid = ?::regclass and i.indisunique and a.atttypid = 'uuid'::regtype""")) {
            query.setString(1, table);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    columns.add(row.getString(1));
                }
            }
        }
        return columns;
    }
}
