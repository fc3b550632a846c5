-- Full-text search over stories (title, body, customer quote, names of the people in them).
-- Trigram tokens find words inside German and Dutch compounds ("verzögerung" in
-- "Lieferverzögerung") and, without diacritics, "cafe" in "Café". The row id is the Story's
-- rowid; app/models/search.server.ts keeps it in step in the transactions that write stories.
-- SQLite only: a PostgreSQL deployment gets its own version of this and of search.server.ts.
CREATE VIRTUAL TABLE "StorySearch" USING fts5(
    title,
    body,
    quote,
    people,
    tokenize = 'trigram case_sensitive 0 remove_diacritics 1'
);
