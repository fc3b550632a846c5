-- DropIndex
DROP INDEX "Story_status_deletedAt_hiddenAt_publishedAt_idx";

-- CreateIndex
CREATE INDEX "Story_publishedAt_status_deletedAt_hiddenAt_idx" ON "Story"("publishedAt", "status", "deletedAt", "hiddenAt");

