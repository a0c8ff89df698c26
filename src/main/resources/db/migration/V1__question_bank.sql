-- The question bank, imported from content/. Portable SQL: runs on H2 and PostgreSQL.
create table question (
    id               varchar(80)   not null primary key,
    title            varchar(200)  not null,
    difficulty       varchar(10)   not null,
    reported         varchar(2000) not null,
    source_name      varchar(300)  not null,
    source_url       varchar(1000) not null,
    minutes_clarify  integer       not null,
    minutes_approach integer       not null,
    minutes_answer   integer       not null,
    sort_order       integer       not null,
    prompt_html      text          not null,
    search_text      text          not null,
    clarify_html     text          not null,
    approach_html    text          not null,
    model_answer_html text         not null,
    follow_ups_html  text          not null,
    sources_html     text          not null,
    source_path      varchar(500)  not null,
    content_hash     varchar(64)   not null,
    active           boolean       not null,
    imported_at      timestamp with time zone not null,
    updated_at       timestamp with time zone not null
);

create index question_active_difficulty on question (active, difficulty, sort_order, title);
create index question_source_path on question (source_path);

create table question_topic (
    question_id varchar(80) not null references question (id),
    position    integer     not null,
    topic       varchar(60) not null,
    primary key (question_id, position)
);

create index question_topic_topic on question_topic (topic);

create table question_company (
    question_id varchar(80) not null references question (id),
    position    integer     not null,
    company     varchar(80) not null,
    primary key (question_id, position)
);

create index question_company_company on question_company (company);

create table question_criterion (
    question_id   varchar(80)  not null references question (id),
    position      integer      not null,
    criterion_key varchar(80)  not null,
    name          varchar(200) not null,
    meaning_html  text         not null,
    primary key (question_id, position)
);

create table question_hint (
    question_id varchar(80) not null references question (id),
    position    integer     not null,
    stage       varchar(20) not null,
    html        text        not null,
    primary key (question_id, position)
);

create table common_criterion (
    criterion_key varchar(80)  not null primary key,
    position      integer      not null,
    name          varchar(200) not null,
    meaning_html  text         not null
);

create table rating_level (
    score        integer      not null primary key,
    label        varchar(100) not null,
    meaning_html text         not null
);
