-- Organisations managed through the API: a short code, an active flag, the date the node is valid from, the
-- province it belongs to (admins act inside their own), an optimistic-lock version and the sequence of its
-- last event on registry.organisation-events.
alter table organisation
    add column code           varchar(32),
    add column active         boolean     not null default true,
    add column valid_from     date        not null default date '2020-01-01',
    add column province_id    varchar(64) references organisation (id),
    add column version        bigint      not null default 0,
    add column event_sequence bigint      not null default 0,
    add column updated_at     timestamptz not null default now();

-- The rows loaded before: the code is the id, the province is found by walking up.
update organisation set code = left(upper(id), 32);
with recursive tree (id, province_id) as (
    select id, id from organisation where parent_id is null
    union all
    select o.id, t.province_id from organisation o join tree t on o.parent_id = t.id
)
update organisation o set province_id = tree.province_id from tree where tree.id = o.id;

alter table organisation
    alter column code set not null,
    alter column province_id set not null,
    add constraint organisation_id_format check (id ~ '^[a-z0-9][a-z0-9-]{0,63}$'),
    -- only a province has no parent
    add constraint organisation_root check ((parent_id is null) = (kind = 'PROVINCE')),
    add constraint organisation_province_self check (kind <> 'PROVINCE' or province_id = id);
create unique index organisation_code_in_province on organisation (province_id, code);
create index organisation_in_province on organisation (province_id, id);
