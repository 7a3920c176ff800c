-- A number may be on file for any number of people (a school office's number entered as every student's parent
-- phone): the candidates of a reply from it did not fit in 1,000 characters and were cut off without an error.
ALTER TABLE inbound_message
    MODIFY COLUMN candidate_person_ids MEDIUMTEXT NULL;
