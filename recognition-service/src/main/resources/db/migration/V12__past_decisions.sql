-- Decisions of a past cycle a history import recorded (registry: POST /api/v1/history-imports). Each model's
-- history-recorded event brings the decisions that touched it; a decision is published once every model it touched
-- has been recorded: parts is how many the import says, recorded how many have been. The row is also what
-- serialises models of one decision arriving on different partitions at once.
create table past_decision (
    decision_id uuid    primary key,
    import_id   varchar(64) not null,
    parts       integer not null check (parts > 0),
    recorded    integer not null default 0 check (recorded >= 0 and recorded <= parts)
);

-- The import that recorded a past model's case: what became of it is history, so it waits in no live queue (a
-- model recognised at base level in 2021 and never nominated is not the base committee's work today).
alter table review_case add column history_import_id varchar(64);
