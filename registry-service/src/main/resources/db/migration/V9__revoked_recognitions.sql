-- A recognition can be revoked with the decision that made it: the model's status becomes REVOKED (final) and its
-- unit's feed says so, naming the decision.
alter table mobilization_model drop constraint mobilization_model_status;
alter table mobilization_model add constraint mobilization_model_status check (status in
    ('DRAFT', 'SUBMITTED', 'RETURNED', 'RECOGNIZED', 'NOMINATED', 'DECLINED', 'WITHDRAWN', 'REVOKED'));
alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check
    check (kind in ('RECOGNIZED', 'NOMINATED', 'DECLINED', 'RETURNED', 'REVOKED'));
