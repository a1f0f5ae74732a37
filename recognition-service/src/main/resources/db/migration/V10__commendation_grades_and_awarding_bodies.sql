-- A commendation's grade ("có thành tích" / "có thành tích xuất sắc"), for a form with grades, and the body that
-- awards it (the Ban Thường vụ Tỉnh ủy's bằng khen is recorded by the Ban Dân vận's decision). Both stay null for
-- the commendations awarded before they were kept.
alter table commendation
    add column grade         varchar(32) check (grade in ('ACHIEVEMENT', 'OUTSTANDING')),
    add column awarding_body varchar(300);
