-- The full model record (issue 7): owner, goals, how it is carried out, results, start date, assigned task, the
-- model it replicates, tags; returns, resubmissions and withdrawal; the organisation path it was submitted under;
-- and an immutable version frozen at every submission.

alter table mobilization_model
    add column owner_name         varchar(200),
    add column owner_position     varchar(200),
    add column goals              text,
    add column implementation     text,
    add column results            text,
    add column started_on         date,
    add column assigned_task      varchar(1000),
    add column replicates_model_id uuid references mobilization_model (id),
    add column tags               text[]       not null default '{}',
    -- the organisation path: read from the tree when drafted, frozen at the first submission so that a later
    -- rename or move of the unit never rewrites where the model was recognised
    add column path               jsonb,
    add column path_ids           text[]       not null default '{}',
    add column unit_name          varchar(300),
    -- the number of the last version frozen by a submission (0: never submitted)
    add column current_version    int          not null default 0,
    add column returned_at        timestamptz,
    add column returned_level     varchar(16),
    add column return_reason      text,
    add column withdrawn_at       timestamptz,
    add column withdrawal_reason  text;

-- existing rows: the path as the tree has it now
with recursive lineage (model_id, org_id, kind, name, parent_id) as (
    select m.id, o.id, o.kind, o.name, o.parent_id
    from mobilization_model m join organisation o on o.id = m.unit_id
    union all
    select l.model_id, o.id, o.kind, o.name, o.parent_id
    from lineage l join organisation o on o.id = l.parent_id
)
update mobilization_model m set
    path = jsonb_build_object(
        'province', (select jsonb_build_object('id', org_id, 'name', name) from lineage where model_id = m.id and kind = 'PROVINCE' limit 1),
        'bloc',     (select jsonb_build_object('id', org_id, 'name', name) from lineage where model_id = m.id and kind = 'BLOC' limit 1),
        'base',     (select jsonb_build_object('id', org_id, 'name', name) from lineage where model_id = m.id and kind = 'BASE' limit 1),
        'unit',     (select jsonb_build_object('id', org_id, 'name', name) from lineage where model_id = m.id and org_id = m.unit_id limit 1)),
    path_ids = array(select distinct org_id from lineage where model_id = m.id),
    unit_name = (select name from organisation where id = m.unit_id),
    current_version = case when m.submitted_at is null then 0 else 1 end;

alter table mobilization_model
    alter column path set not null,
    alter column unit_name set not null,
    add constraint mobilization_model_status check (status in
        ('DRAFT', 'SUBMITTED', 'RETURNED', 'RECOGNIZED', 'NOMINATED', 'DECLINED', 'WITHDRAWN')),
    add constraint mobilization_model_individual_named check (owner_kind <> 'INDIVIDUAL' or owner_name is not null);

create table model_version (
    model_id     uuid         not null references mobilization_model (id),
    number       int          not null check (number > 0),
    -- the record as submitted (vn.dvk.registry.domain.ModelContent as JSON)
    content      jsonb        not null,
    path         jsonb        not null,
    submitted_at timestamptz  not null,
    submitted_by varchar(200) not null,
    primary key (model_id, number)
);

-- versions of the models submitted before versions existed
insert into model_version (model_id, number, content, path, submitted_at, submitted_by)
select id, 1,
       jsonb_build_object('campaignId', campaign_id, 'kind', kind, 'field', field, 'ownerKind', owner_kind,
                          'title', title, 'summary', summary, 'tags', '[]'::jsonb),
       path, submitted_at, created_by
from mobilization_model where submitted_at is not null;

create index mobilization_model_path on mobilization_model using gin (path_ids);
create index mobilization_model_replicates on mobilization_model (replicates_model_id) where replicates_model_id is not null;
