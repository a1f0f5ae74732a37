-- Commendations counted by grade as well ("có thành tích" / "có thành tích xuất sắc"): the seeds publish the two
-- separately. '' stands for no grade (a form without grades, or an event from before grades): a key column may not be
-- null, and the counters' sums compare keys with "=".
alter table commendation_fact add column grade varchar(32) not null default '';

alter table commendation_figure_now add column grade varchar(32) not null default '';
alter table commendation_figure_now drop constraint commendation_figure_now_pkey;
alter table commendation_figure_now add primary key (node_id, form, level, recipient_kind, grade);

alter table commendation_figure_day add column grade varchar(32) not null default '';
alter table commendation_figure_day drop constraint commendation_figure_day_pkey;
alter table commendation_figure_day add primary key (node_id, form, level, recipient_kind, grade, day);

alter table commendation_figure_month add column grade varchar(32) not null default '';
alter table commendation_figure_month drop constraint commendation_figure_month_pkey;
alter table commendation_figure_month add primary key (node_id, form, level, recipient_kind, grade, month);
