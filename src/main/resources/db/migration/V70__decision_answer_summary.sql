-- What a re-evaluation compares of a stored answer (AnswerSummary as JSON: the household's annual credit and FPL
-- percentage, each person's id, outcome and CSR level), so that comparing with stored decisions does not read and
-- parse every whole answer. Decisions stored before this have none; a re-evaluation reads their answer instead.
alter table decision add column answer_summary varchar(20000);
