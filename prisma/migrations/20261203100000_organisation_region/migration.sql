-- AlterTable
ALTER TABLE "Organization" ADD COLUMN "region" TEXT NOT NULL DEFAULT '';

-- An organisation that already runs in Dutch or German is most likely in that country.
UPDATE "Organization" SET "region" = CASE "defaultLanguage" WHEN 'nl' THEN 'NL' WHEN 'de' THEN 'DE' ELSE '' END;
