-- Issue 21 (autosave with history). The last seq of each notes stream's history, kept with the notes it belongs to,
-- so that an autosave that changes the text finds the next seq in the row it updates anyway: looking for
-- max(seq) in notes_revision read every revision of the stream (neither H2 nor an index on seq makes that a seek in
-- H2) and was half of the group-commit writer's time under autosave load.
alter table attempt_stage add column history_seq integer default 0 not null;
alter table candidate_notes add column history_seq integer default 0 not null;

update attempt_stage s set history_seq = coalesce(
    (select max(r.seq) from notes_revision r where r.attempt_id = s.attempt_id and r.stage = s.stage), 0);
update candidate_notes n set history_seq = coalesce(
    (select max(r.seq) from notes_revision r where r.interview_id = n.interview_id and r.position = n.position), 0);
