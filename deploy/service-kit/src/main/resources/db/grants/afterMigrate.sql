-- The running service's rights, granted by the role that owns the schema (Flyway's) to the role the service
-- connects as (quarkus.datasource.username, the placeholder app_role). A callback rather than a migration: it runs
-- after every migrate, so tables added later (the kit's modules among them) and a runtime role
-- renamed in the deployment are always covered, and a missing grant cannot be frozen into the history.
--   every table of the schema: SELECT, INSERT, UPDATE, DELETE (never TRUNCATE, TRIGGER or REFERENCES)
--   every sequence: USAGE, SELECT
--   an append-only table (one with a trigger calling a function named *append_only*): SELECT, INSERT only
--   Flyway's histories (the service's, each kit module's): nothing
-- Not being the owner, the service cannot ALTER or DROP a table, nor disable its triggers.
-- When the service runs as the owner itself (one role for both), there is nobody to grant to: nothing happens.
do $grants$
declare
    app_role constant text := '${app_role}';
    target constant text := '${flyway:defaultSchema}';
    history record;
    append_only record;
begin
    if app_role = '' or app_role = current_user
            or not exists (select 1 from pg_roles where rolname = app_role) then
        return;
    end if;
    execute format('grant usage on schema %I to %I', target, app_role);
    execute format('grant select, insert, update, delete on all tables in schema %I to %I', target, app_role);
    execute format('revoke truncate, references, trigger on all tables in schema %I from %I', target, app_role);
    execute format('grant usage, select on all sequences in schema %I to %I', target, app_role);
    for history in
        select c.relname
        from pg_class c
        join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = target and c.relkind = 'r'
          and (c.relname = 'flyway_schema_history' or c.relname like 'flyway\_kit\_%\_history')
    loop
        execute format('revoke all on %I.%I from %I', target, history.relname, app_role);
    end loop;
    for append_only in
        select distinct c.relname
        from pg_trigger t
        join pg_class c on c.oid = t.tgrelid
        join pg_namespace n on n.oid = c.relnamespace
        join pg_proc p on p.oid = t.tgfoid
        where n.nspname = target and p.proname like '%append_only%' and not t.tgisinternal
    loop
        execute format('revoke update, delete, truncate on %I.%I from %I', target, append_only.relname, app_role);
    end loop;
end
$grants$;
