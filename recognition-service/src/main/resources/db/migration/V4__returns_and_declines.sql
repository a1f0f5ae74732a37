-- A committee may also return a model for revision (it resumes at that level when resubmitted) or decline it;
-- every decision names the version of the model it was made on.
alter table review_case drop constraint review_case_stage_check;
alter table review_case add constraint review_case_stage_check
    check (stage in ('UNDER_REVIEW', 'RECOGNIZED', 'RETURNED', 'DECLINED', 'WITHDRAWN'));
alter table review_case add column model_version int not null default 1;

alter table case_action add column reason text;
alter table case_action add column model_version int not null default 1;
