-- dvk_fold and dvk_search_document were SQL functions. unaccent() is only STABLE, so PostgreSQL never inlines them
-- (they are declared IMMUTABLE), and a SQL function it does not inline is read and planned again by every
-- statement that calls it: each insert or update of a model computed search_document through four of them
-- (perf on PostgreSQL under a load of drafts: ExecComputeStoredGenerated → fmgr_sql, about a tenth of its time;
-- pgbench, an insert computing the same column: 5,750 tx/s with SQL functions, 8,450 with PL/pgSQL, 10,800
-- without the column). PL/pgSQL keeps a function's plans for the session. The results are the same and so are
-- the functions' identities: the generated column and the indexes on dvk_fold(title) stay as they are.
create or replace function dvk_fold(value text) returns text
    language plpgsql immutable parallel safe strict
    as $$
begin
    return lower(public.unaccent('public.unaccent'::regdictionary, value));
end
$$;

create or replace function dvk_search_document(title text, owner_name text, unit_name text, summary text,
        tags text[])
    returns tsvector
    language plpgsql immutable parallel safe
    as $$
begin
    return setweight(to_tsvector('simple'::regconfig, ${flyway:defaultSchema}.dvk_fold(title)), 'A')
        || setweight(to_tsvector('simple'::regconfig,
                ${flyway:defaultSchema}.dvk_fold(coalesce(owner_name, '') || ' ' || unit_name)), 'B')
        || setweight(to_tsvector('simple'::regconfig,
                ${flyway:defaultSchema}.dvk_fold(coalesce(summary, '') || ' ' || array_to_string(tags, ' '))), 'C');
end
$$;
