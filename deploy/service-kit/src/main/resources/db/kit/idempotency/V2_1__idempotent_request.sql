-- Responses to creating requests that carried an Idempotency-Key (see vn.dvk.kit.api.IdempotentRequests):
-- a retry with the same key gets the first answer back instead of creating a second record.
create table idempotent_request (
    caller          varchar(200) not null,
    idempotency_key varchar(255) not null,
    -- SHA-256 of method, path and body: the same key for a different request is refused
    fingerprint     char(64)     not null,
    status          int          not null,
    location        text,
    etag            text,
    body            text,
    created_at      timestamptz  not null default now(),
    primary key (caller, idempotency_key)
);
-- pruning scans by age
create index idempotent_request_created on idempotent_request (created_at);
