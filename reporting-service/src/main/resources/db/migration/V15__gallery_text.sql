-- The gallery's search compared the text folded on the fly (unaccent over title, summary and unit for every row the
-- trigram index proposed) and PostgreSQL had no statistics on that expression: at a million models it guessed a
-- phrase found in a third of them (116,667 recognised models) to be in 35, took the trigram index, and rechecked
-- every candidate, folding its text again: 2 s. The folded text is now stored (gallery_text) and the trigram index
-- is on that column; ANALYZE keeps statistics on it, so a common phrase walks the newest recognitions
-- (model_fact_gallery) and stops at the first page, while a rare one still goes through the trigram index.
alter table model_fact add column gallery_text text generated always as (
    dvk_fold(coalesce(public_title, '') || ' ' || coalesce(public_summary, '') || ' ' || coalesce(unit_name, ''))
) stored;
drop index model_fact_gallery_text;
create index model_fact_gallery_text on model_fact using gin (gallery_text public.gin_trgm_ops)
    where public_title is not null;
-- Rolling out: adding a stored column rewrites model_fact under an exclusive lock (about a minute at a million
-- models on the 2-core build machine, under load); pods of the previous release go on searching with the older
-- expression, without its index, until they are replaced. Expand-only otherwise.
