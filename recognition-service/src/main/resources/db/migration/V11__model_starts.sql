-- When each model started, as the registry last published it (drafted and updated events): no decision may
-- recognise or commend a model before it existed. Kept apart from review_case, which opens only at submission.
create table model_start (
    model_id   uuid primary key,
    started_on date
);
