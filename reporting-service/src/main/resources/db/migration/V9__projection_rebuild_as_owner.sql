-- A projection rebuild creates a schema of fresh tables, swaps them with the live ones and drops the old: DDL that
-- only the owner of the schema and its tables may run, while the service runs as a role that owns nothing (see the
-- kit's db/grants). These functions run that DDL with the owner's rights (SECURITY DEFINER) and nothing else: the
-- schemas are fixed (the live one, <live>_rebuild, <live>_retired), Flyway's history is never moved, and every
-- table stays the owner's, so later migrations can still alter it. They run in the caller's transaction: the swap
-- happens under the lock the rebuild took on the live tables.

create function rebuild_check(live text, other text, suffix text, tables text[]) returns void
    language plpgsql set search_path = pg_catalog as $$
begin
    if live <> '${flyway:defaultSchema}' or other <> live || suffix then
        raise exception 'not the projection schemas: %, %', live, other using errcode = 'insufficient_privilege';
    end if;
    if 'flyway_schema_history' = any (tables) then
        raise exception 'not a projection table: flyway_schema_history' using errcode = 'insufficient_privilege';
    end if;
end
$$;
revoke all on function rebuild_check(text, text, text, text[]) from public;

-- An empty copy of each live table (columns, defaults, indexes) in <live>_rebuild, which the caller may fill.
create function rebuild_create_empty(live text, fresh text, tables text[]) returns void
    language plpgsql security definer set search_path = pg_catalog as $$
declare
    t text;
begin
    perform ${flyway:defaultSchema}.rebuild_check(live, fresh, '_rebuild', tables);
    execute format('drop schema if exists %I cascade', fresh);
    execute format('create schema %I', fresh);
    foreach t in array tables loop
        execute format('create table %I.%I (like %I.%I including all)', fresh, t, live, t);
    end loop;
    execute format('grant usage on schema %I to %I', fresh, session_user);
    execute format('grant select, insert, update, delete on all tables in schema %I to %I', fresh, session_user);
    execute format('grant usage, select on all sequences in schema %I to %I', fresh, session_user);
end
$$;

-- The live tables out to <live>_retired, the fresh ones in; the caller holds the live tables' lock.
create function rebuild_swap(live text, fresh text, retired text, tables text[]) returns void
    language plpgsql security definer set search_path = pg_catalog as $$
declare
    t text;
begin
    perform ${flyway:defaultSchema}.rebuild_check(live, fresh, '_rebuild', tables);
    perform ${flyway:defaultSchema}.rebuild_check(live, retired, '_retired', tables);
    execute format('drop schema if exists %I cascade', retired);
    execute format('create schema %I', retired);
    foreach t in array tables loop
        execute format('alter table %I.%I set schema %I', live, t, retired);
        execute format('alter table %I.%I set schema %I', fresh, t, live);
    end loop;
    execute format('drop schema %I', fresh);
end
$$;

-- Drops <live>_rebuild or <live>_retired, never another schema.
create function rebuild_drop(live text, schema_name text) returns void
    language plpgsql security definer set search_path = pg_catalog as $$
begin
    if schema_name <> live || '_retired' then
        perform ${flyway:defaultSchema}.rebuild_check(live, schema_name, '_rebuild', array[]::text[]);
    else
        perform ${flyway:defaultSchema}.rebuild_check(live, schema_name, '_retired', array[]::text[]);
    end if;
    execute format('drop schema if exists %I cascade', schema_name);
end
$$;
