-- The seed files the registry loaded at start (SeedLoader), by the name configured and the SHA-256 of the content
-- loaded. A start that finds the same content already loaded does not read it into the tables again: the demo
-- launcher names its files at every start, and going through 77 organisations and 320 demo models again took the
-- registry 1.3 s of each start (deploy/bench/README.md), to change nothing, or to undo an administrator's edit of
-- a demo organisation.
create table seed_file (
    name text primary key,
    sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
    loaded_at timestamptz not null
);
