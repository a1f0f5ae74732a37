-- The movement each campaign belongs to (DVK, DVK_NEW_RURAL…), as the registry's campaign events give it, so that
-- reports can count every campaign of one movement. Campaigns described before this column existed have none until
-- their next event or a projection rebuild, which reads every campaign event again.
alter table campaign add column movement varchar(32);
create index campaign_movement on campaign (movement);
