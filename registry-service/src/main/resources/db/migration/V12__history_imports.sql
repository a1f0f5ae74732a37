-- A past cycle imported at once (nhập lịch sử): campaign, models, recognitions, commendations and monthly figures,
-- written in one transaction with their events stamped with when things happened. The file is remembered by the id
-- it names and the digest of its content: the same file again answers what the first import did, and another file
-- under the same id is a conflict, so a re-import never duplicates anything.
create table history_import (
    id            varchar(64)  primary key,
    province_id   varchar(64)  not null,
    -- SHA-256 of the file's bytes, hex
    digest        char(64)     not null,
    -- what the import wrote, as the API answered it
    summary       jsonb        not null,
    imported_by   varchar(200) not null,
    imported_at   timestamptz  not null
);
