-- Counters' day rows become the sum of each day's changes, and month rows hold each counter's value at the end of
-- every month it changed. A figure as of a day is the latest month row before that day's month plus that month's day
-- rows up to the day (two index probes). An event read late (the other topic ahead, a backlog caught up) then moves
-- the month rows after it, a few, instead of every later day row: catching up a backlog of a year's events spent
-- most of its time shifting day rows.
do $$
declare
    family record;
begin
    for family in select * from (values
            ('model_figure', 'campaign_id varchar(64) not null, node_id varchar(64) not null, measure varchar(32) not null, field varchar(32) not null, kind varchar(32) not null, owner_kind varchar(32) not null',
             'campaign_id, node_id, measure, field, kind, owner_kind'),
            ('commendation_figure', 'node_id varchar(64) not null, form varchar(64) not null, level varchar(16) not null, recipient_kind varchar(32) not null',
             'node_id, form, level, recipient_kind'),
            ('decision_figure', 'node_id varchar(64) not null, level varchar(16) not null', 'node_id, level'),
            ('replication_figure', 'model_id varchar(64) not null', 'model_id')) as f(name, columns, keys)
    loop
        execute format('create table %1$s_month (%2$s, month date not null, n bigint not null, primary key (%3$s, month))',
                       family.name, family.columns, family.keys);
        -- a month's value is its last day row's
        execute format('insert into %1$s_month (%2$s, month, n)
                        select distinct on (%2$s, date_trunc(''month'', day)) %2$s,
                               cast(date_trunc(''month'', day) as date), n
                        from %1$s_day order by %2$s, date_trunc(''month'', day), day desc',
                       family.name, family.keys);
        -- a day's changes are its value less the day before's
        execute format('create temporary table day_values as
                        select %2$s, day, n - coalesce(lag(n) over (partition by %2$s order by day), 0) as n
                        from %1$s_day', family.name, family.keys);
        execute format('truncate %1$s_day', family.name);
        execute format('insert into %1$s_day (%2$s, day, n) select %2$s, day, n from day_values',
                       family.name, family.keys);
        drop table day_values;
    end loop;
end
$$;
