-- Issue 17 and 19: four level descriptions per criterion, red flags, common wrong answers, what a senior answer
-- adds, version notes, and the area and kind of every question. Portable SQL: runs on H2 and PostgreSQL.
alter table question add column area varchar(30);
alter table question add column kind varchar(20);
alter table question add column version_notes_html text;

create index question_active_area on question (active, area);

alter table question_criterion add column level_1_html text;
alter table question_criterion add column level_2_html text;
alter table question_criterion add column level_3_html text;
alter table question_criterion add column level_4_html text;

alter table common_criterion add column level_1_html text;
alter table common_criterion add column level_2_html text;
alter table common_criterion add column level_3_html text;
alter table common_criterion add column level_4_html text;

create table question_red_flag (
    question_id    varchar(80)  not null references question (id),
    position       integer      not null,
    criterion_key  varchar(80)  not null,
    criterion_name varchar(200) not null,
    max_score      integer      not null,
    max_label      varchar(100) not null,
    html           text         not null,
    primary key (question_id, position)
);

create table question_wrong_answer (
    question_id varchar(80) not null references question (id),
    position    integer     not null,
    claim_html  text        not null,
    why_html    text        not null,
    primary key (question_id, position)
);

create table question_senior_signal (
    question_id varchar(80) not null references question (id),
    position    integer     not null,
    html        text        not null,
    primary key (question_id, position)
);

create table rubric_note (
    name varchar(40) not null primary key,
    html text        not null
);

-- Every stored question predates these parts: read every file again at the next import.
update question set content_hash = '';
