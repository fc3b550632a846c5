-- Search by words and their starts (docs/decisions/0017-search-tokenizer.md): "rug" finds "rugs"
-- and "Rug-cleaning" but not the Dutch "terug", "kunden" finds "Kundenfreundlich". The trigram
-- table "StorySearch" stays for long words inside compounds ("verzögerung" in
-- "Lieferverzögerung"); app/models/search.server.ts keeps both in step.
CREATE VIRTUAL TABLE "StoryWords" USING fts5(
    title,
    body,
    quote,
    people,
    tokenize = 'unicode61 remove_diacritics 2',
    -- Searches are prefix queries ("rug"*): an index of the first 3 to 6 letters of each word
    -- answers the common short ones without visiting every word that starts with them.
    prefix = '3 4 5 6'
);

-- The stories written before this migration, indexed like app/models/search.server.ts does.
INSERT INTO "StoryWords" (rowid, title, body, quote, people)
SELECT s.rowid, s.title, s.bodyMarkdown, s.customerQuote,
       COALESCE((SELECT group_concat(u.name, ' ') FROM "StoryPerson" sp JOIN "User" u ON u.id = sp.userId WHERE sp.storyId = s.id), '')
FROM "Story" s;
