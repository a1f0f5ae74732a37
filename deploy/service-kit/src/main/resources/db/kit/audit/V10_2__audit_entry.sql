-- The audit trail of a service's administrative changes (vn.dvk.kit.audit): appended in the transaction of the
-- change, never changed. Two locks: the runtime role is granted only SELECT and INSERT on it (the kit's db/grants
-- callback revokes the rest from any table whose trigger calls a function named *append_only*), and the triggers
-- below refuse UPDATE, DELETE and TRUNCATE to every role but a superuser who disables them. A service names
-- audit in dvk.migrations.kit-modules to have it.
create table audit_entry (
    id           bigint generated always as identity primary key,
    at           timestamptz  not null,
    -- the token's subject (the user's stable id), and the name it gave (preferred_username) when it was written
    actor        varchar(200) not null,
    actor_name   varchar(200),
    actor_org_id varchar(64),
    client       varchar(200),
    address      varchar(64),
    action       varchar(64)  not null,
    subject_type varchar(32)  not null,
    subject_id   varchar(100) not null,
    -- whose auditors read it
    province_id  varchar(64),
    before       jsonb,
    after        jsonb
);
create index audit_entry_province on audit_entry (province_id, id desc);
create index audit_entry_subject on audit_entry (subject_id, id desc);

-- For any append-only table: a trigger that refuses the change it fires on.
create function refuse_append_only_change() returns trigger language plpgsql as $$
begin
    raise exception '%: append-only, % refused', tg_table_name, tg_op using errcode = 'insufficient_privilege';
end
$$;
create trigger audit_entry_no_update before update or delete on audit_entry
    for each row execute function refuse_append_only_change();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function refuse_append_only_change();
revoke update, delete, truncate on audit_entry from public;
