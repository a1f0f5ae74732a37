-- Evidence: documents and photos a unit attaches to its model, described here, their bytes kept by the attachment
-- store (vn.dvk.registry.storage); the PostgreSQL store keeps them as 256 KiB chunks, so uploads and ranged
-- downloads never hold a whole file in memory.
create table stored_object_chunk (
    storage_key varchar(64) not null,
    chunk_index integer     not null check (chunk_index >= 0),
    bytes       bytea       not null,
    primary key (storage_key, chunk_index)
);

create table attachment (
    id          uuid primary key,
    model_id    uuid          not null references mobilization_model (id),
    file_name   varchar(255)  not null,
    media_type  varchar(120)  not null,
    size_bytes  bigint        not null check (size_bytes > 0),
    sha256      char(64)      not null check (sha256 ~ '^[0-9a-f]{64}$'),
    storage_key varchar(64)   not null unique,
    description varchar(1000),
    uploaded_by varchar(200)  not null,
    uploaded_at timestamptz   not null
);
create index attachment_of_model on attachment (model_id, uploaded_at);

-- Progress through the year: what the unit reports it has done, with the attachments that show it.
create table progress_update (
    id             uuid primary key,
    model_id       uuid          not null references mobilization_model (id),
    reported_on    date          not null,
    text           text          not null,
    attachment_ids uuid[]        not null default '{}',
    created_by     varchar(200)  not null,
    created_at     timestamptz   not null
);
create index progress_update_of_model on progress_update (model_id, reported_on, created_at);
