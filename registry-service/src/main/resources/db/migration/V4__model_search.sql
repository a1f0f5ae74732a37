-- Listing and full-text search of models in PostgreSQL alone.
-- Both extensions are "trusted" (PostgreSQL 13+): the database owner may create them without being superuser.
-- They go to schema public, once per database, whichever service asks first.
create extension if not exists unaccent schema public;
create extension if not exists pg_trgm schema public;

-- unaccent() is only STABLE (its dictionary could change), so it cannot feed a generated column or an index.
-- This wrapper names the dictionary explicitly and is declared IMMUTABLE, the usual way to index it. It folds
-- Vietnamese diacritics, đ/Đ included ("Đảng bộ" → "Dang bo"); text is NFC-normalised before it gets here.
create function dvk_fold(value text) returns text
    language sql immutable parallel safe strict
    return lower(public.unaccent('public.unaccent'::regdictionary, value));

-- What a search matches, weighted: the title first (A), then who carries the model out (B: the owner and the
-- unit), then what it is (C: summary and tags). The 'simple' configuration: Vietnamese words are syllables
-- separated by spaces and take no stemming. (array_to_string is only STABLE, hence a function of our own.)
create function dvk_search_document(title text, owner_name text, unit_name text, summary text, tags text[])
    returns tsvector
    language sql immutable parallel safe
    return setweight(to_tsvector('simple'::regconfig, dvk_fold(title)), 'A')
        || setweight(to_tsvector('simple'::regconfig, dvk_fold(coalesce(owner_name, '') || ' ' || unit_name)), 'B')
        || setweight(to_tsvector('simple'::regconfig,
                dvk_fold(coalesce(summary, '') || ' ' || array_to_string(tags, ' '))), 'C');

alter table mobilization_model add column search_document tsvector generated always as (
    dvk_search_document(title, owner_name, unit_name, summary, tags)
) stored;
create index mobilization_model_search on mobilization_model using gin (search_document);
-- fragments of titles ("kheo" in "dân vận khéo", a mistyped word): trigram similarity on the folded title
create index mobilization_model_title_trgm on mobilization_model using gin (dvk_fold(title) public.gin_trgm_ops);

-- keyset pagination: each sort order with the id as the tie-breaker, so pages never repeat or skip a row
create index mobilization_model_created on mobilization_model (created_at, id);
create index mobilization_model_updated on mobilization_model (updated_at, id);
create index mobilization_model_submitted on mobilization_model (submitted_at, id) where submitted_at is not null;
create index mobilization_model_title on mobilization_model (dvk_fold(title), id);
create index mobilization_model_status on mobilization_model (status);
create index mobilization_model_tags on mobilization_model using gin (tags);
