-- The public gallery shows only what a recognition published: the text of the model version recognised, frozen
-- when that version was submitted (public_title, public_summary), never the unit's later edits of a returned model.
-- title and summary now hold the text of the version last submitted (null while a model is a draft), which
-- reviewers' reports may name; an edit's text is kept only in the model's changes, until it is submitted.
alter table model_fact add column public_title varchar(300), add column public_summary text;

-- Until now every edit was projected into title and summary, drafts' too: what they hold of models never submitted
-- goes. The public text needs each model's versions, which only the events tell: a projection rebuild
-- (POST /api/v1/projections/rebuild) fills it. Until then the gallery lists nothing rather than text nobody reviewed.
update model_fact set title = null, summary = null where not submitted;

drop index model_fact_gallery;
drop index model_fact_gallery_text;
create index model_fact_gallery on model_fact (recognized_on desc, model_id desc) where public_title is not null;
create index model_fact_gallery_text on model_fact
    using gin (dvk_fold(coalesce(public_title, '') || ' ' || coalesce(public_summary, '') || ' ' || coalesce(unit_name, ''))
               public.gin_trgm_ops)
    where public_title is not null;

-- Not expand-only: a pod of the previous release cannot read the model changes this one stores (they now carry the
-- version, and it reads them strictly). Upgrade with scripts/upgrade.sh <overlay> --not-expand-only
-- reporting-service, then scripts/rebuild-projections.sh <overlay>; roll back with rollback.sh --not-expand-only.
