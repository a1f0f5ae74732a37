-- Search at a million models: typos corrected against the words of titles, and a bloc's search on one index.

-- A typo in a search was forgiven by comparing the whole text with every title through a trigram index: at a
-- million models each search walked ~20,000 candidate titles, folding and comparing each (0.5 s, and a search
-- narrowed to a bloc walked the whole province's before narrowing). Typos are now corrected word by word against
-- the words titles use (a few thousand, however many models there are), and the search itself is the full-text
-- one on its index (ModelSearch, TypoCorrection).

-- levenshtein_less_equal: the candidate words within a distance. Trusted (PostgreSQL 13+), like pg_trgm.
create extension if not exists fuzzystrmatch schema public;

-- Every word a model's title has had, folded as the search document folds it. A word is never taken out when a
-- title changes: a word no title has any more only adds a correction that finds nothing.
--
-- No unique constraint, on purpose: a unique index makes a writer of a new word wait for any open transaction that
-- wrote the same word until it ends, and a history import writes the words of thousands of titles in one long
-- transaction, during which every draft whose title shared one of them would wait (and fail after lock_timeout).
-- Without it nobody waits; two transactions that learn the same word at once both keep it, which costs a row and
-- changes nothing for the search (it asks whether a word is there, and which words are near).
create table title_word (
    word text not null
);
create index title_word_word on title_word (word);

insert into title_word (word)
select distinct unnest(tsvector_to_array(to_tsvector('simple'::regconfig, dvk_fold(title))))
from mobilization_model;

-- Learnt in the statement that writes the title, so a title is searchable with a typo as soon as it is committed.
-- Statement-level with the rows as transition tables: a bulk insert learns its words in one statement, and an update
-- that leaves the title as it was (a status, a review level) learns nothing.
create function dvk_learn_title_words() returns trigger
    language plpgsql
    as $$
begin
    if TG_OP = 'INSERT' then
        insert into ${flyway:defaultSchema}.title_word (word)
        select distinct w.word
        from written_models m,
             unnest(tsvector_to_array(to_tsvector('simple'::regconfig, ${flyway:defaultSchema}.dvk_fold(m.title)))) w(word)
        where not exists (select 1 from ${flyway:defaultSchema}.title_word t where t.word = w.word);
    else
        insert into ${flyway:defaultSchema}.title_word (word)
        select distinct w.word
        from written_models m,
             unnest(tsvector_to_array(to_tsvector('simple'::regconfig, ${flyway:defaultSchema}.dvk_fold(m.title)))) w(word)
        where not exists (select 1 from previous_models p where p.id = m.id and p.title = m.title)
            and not exists (select 1 from ${flyway:defaultSchema}.title_word t where t.word = w.word);
    end if;
    return null;
end
$$;

create trigger mobilization_model_title_words_on_insert
    after insert on mobilization_model
    referencing new table as written_models
    for each statement execute function dvk_learn_title_words();

create trigger mobilization_model_title_words_on_update
    after update on mobilization_model
    referencing old table as previous_models new table as written_models
    for each statement execute function dvk_learn_title_words();

-- Only the typo path read the trigram index on folded titles; every model write kept it up to date.
drop index mobilization_model_title_trgm;

-- A search narrowed to part of the tree (a bloc reviewer sees the bloc's models) went through the search index
-- alone: PostgreSQL multiplies the frequencies of a query's words as if they were independent, so the words of
-- one phrase ("nuoi trong thuy san") look rare and the organisation's index is never combined with it; at a
-- million models it read the 50,000 titles of the whole province with the phrase to keep the bloc's 5,000. One
-- GIN index over both columns finds the rows that match both; and GIN serves a condition on either column alone
-- as well as an index of its own (lists by organisation), so it replaces both and a write maintains one.
-- Built in about 20 s at a million models, while writes to models wait.
create index mobilization_model_path_search on mobilization_model using gin (path_ids, search_document);
drop index mobilization_model_search;
drop index mobilization_model_path;
