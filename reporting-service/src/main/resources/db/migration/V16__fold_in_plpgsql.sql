-- dvk_fold was a SQL function: unaccent() is only STABLE, so PostgreSQL never inlines it (it is declared
-- IMMUTABLE), and a SQL function it does not inline is read and planned again by every statement that calls it,
-- here every write of a model's row (gallery_text) as events are projected. PL/pgSQL keeps a function's plans for
-- the session (registry's V14 says what it measured). Same results, same function: gallery_text and the indexes
-- stay as they are.
create or replace function dvk_fold(value text) returns text
    language plpgsql immutable parallel safe strict
    as $$
begin
    return lower(public.unaccent('public.unaccent'::regdictionary, value));
end
$$;
