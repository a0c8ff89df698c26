-- Issue 16. A second interviewer is added with an invitation: a one-time link that becomes their console link when
-- they open it (claimed_at), so the lead never holds the second interviewer's console link. Interviewers added
-- before this migration were handed their console link directly: they count as claimed.
alter table interviewer add column invitation varchar(32);
alter table interviewer add column claimed_at timestamp with time zone;
update interviewer set claimed_at = created_at;
create unique index interviewer_invitation on interviewer (invitation);

-- A swapped round records who takes its candidate seat by identity (the interviewer of the previous round who
-- swapped), not by display name.
alter table interview add column candidate_was_interviewer_id bigint;
