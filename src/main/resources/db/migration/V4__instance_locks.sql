-- Rows that instances sharing one database lock (select ... for update) to take turns: the content import
-- holds 'content-import' for its whole transaction, so instances starting together import once.
create table app_lock (
    name varchar(80) not null primary key
);

insert into app_lock (name) values ('content-import');
