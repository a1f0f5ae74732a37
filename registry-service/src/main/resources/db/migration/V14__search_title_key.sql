-- A search with a typo compares the folded title with the text (trigram word similarity). Where the matching
-- titles are common, PostgreSQL walks the newest models and compares each row it passes: at a million models some
-- 20,000 rows for a thousand matches, and folding each title again (unaccent) cost as much as comparing it. The
-- folded title is now stored, and the trigram index is on that column; ModelSearch compares title_key.
alter table mobilization_model add column title_key text generated always as (dvk_fold(title)) stored;
create index mobilization_model_title_key_trgm on mobilization_model using gin (title_key public.gin_trgm_ops);
drop index mobilization_model_title_trgm;
-- Rolling out: adding a stored column rewrites the table under an exclusive lock (about two minutes at a million
-- models on the 2-core build machine, under load); pods of the previous release go on searching with the older
-- expression, without its index, until they are replaced. Expand-only otherwise.
