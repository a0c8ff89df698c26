-- Indexes for every lookup the pages make that no primary key or unique constraint covers yet (issue 9).
-- H2 adds an index for each foreign key on its own; PostgreSQL does not, so they are spelled out here.
-- Bank filters: difficulty (question_active_difficulty), topic and company (below, covering the join back to the
-- question), search text (a substring match: served from the page cache, not an index).
create index question_topic_filter on question_topic (topic, question_id);
create index question_company_filter on question_company (company, question_id);
create index practice_attempt_question on practice_attempt (question_id);
create index interview_question_question on interview_question (question_id);
create index interviewer_interview on interviewer (interview_id);
create index sheet_amendment_sheet on sheet_amendment (sheet_id);
drop index question_topic_topic;
drop index question_company_company;
