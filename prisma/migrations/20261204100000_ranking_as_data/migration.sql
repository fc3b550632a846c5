-- "Best" as stored, indexed data (docs/ranking.md, docs/decisions/0004-best-ranking.md): each
-- story keeps its score, copied onto its value and dimension rows so a filtered feed walks an
-- index of its own. Columns are added in place: rebuilding "Story" would renumber the rowids the
-- search tables point at.
ALTER TABLE "Story" ADD COLUMN "rankScore" REAL;
ALTER TABLE "Story" ADD COLUMN "rankLift" REAL NOT NULL DEFAULT 1;
ALTER TABLE "StoryValue" ADD COLUMN "rankScore" REAL;
ALTER TABLE "StoryDimension" ADD COLUMN "rankScore" REAL;

DROP INDEX "StoryDimension_dimension_idx";
DROP INDEX "StoryValue_valueId_idx";
CREATE INDEX "Story_rankScore_id_idx" ON "Story"("rankScore" DESC, "id" DESC);
CREATE INDEX "Story_teamId_rankScore_id_idx" ON "Story"("teamId", "rankScore" DESC, "id" DESC);
CREATE INDEX "StoryDimension_dimension_rankScore_storyId_idx" ON "StoryDimension"("dimension", "rankScore" DESC, "storyId" DESC);
CREATE INDEX "StoryValue_valueId_rankScore_storyId_idx" ON "StoryValue"("valueId", "rankScore" DESC, "storyId" DESC);

CREATE TABLE "RankChange" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "storyId" TEXT NOT NULL,
    "previousScore" REAL,
    "changedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX "RankChange_changedAt_idx" ON "RankChange"("changedAt");

CREATE TABLE "RankCoverage" (
    "tag" TEXT NOT NULL PRIMARY KEY,
    "stories" INTEGER NOT NULL
);

CREATE TABLE "RankingState" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT DEFAULT 1,
    "popularThreshold" INTEGER NOT NULL DEFAULT 3,
    "refreshedAt" DATETIME NOT NULL DEFAULT '1970-01-01 00:00:00 +00:00'
);
INSERT INTO "RankingState" ("id") VALUES (1);

-- The stories already there, scored as app/models/ranking.server.ts does (without the lift, which
-- the scheduled refresh adds on the app's first start): days since 1970 (the doubling time is a
-- day), plus log2 of the engagement plus one, plus one for a highlight, to nine decimals.
UPDATE "Story" SET "rankScore" = round(
    ln(1 + "reactorCount" + 1.5 * "commentCount") / ln(2)
    + (julianday("publishedAt") - 2440587.5) * 24 / 24
    + CASE WHEN EXISTS (SELECT 1 FROM "Highlight" h WHERE h."storyId" = "Story"."id") THEN 1 ELSE 0 END,
    9)
WHERE "status" = 'published' AND "deletedAt" IS NULL AND "hiddenAt" IS NULL AND "publishedAt" IS NOT NULL;
UPDATE "StoryValue" SET "rankScore" = (SELECT s."rankScore" FROM "Story" s WHERE s."id" = "StoryValue"."storyId");
UPDATE "StoryDimension" SET "rankScore" = (SELECT s."rankScore" FROM "Story" s WHERE s."id" = "StoryDimension"."storyId");
