-- A case whose model the unit withdrew is closed: it leaves every queue and accepts no action.
alter table review_case drop constraint if exists review_case_stage_check;
alter table review_case add constraint review_case_stage_check check (stage in ('UNDER_REVIEW', 'RECOGNIZED', 'WITHDRAWN'));
