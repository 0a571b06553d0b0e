"""Lists of records and their forms: the id-first list model, the list page, the record form
and its editor, a record's history, and a person's data."""
