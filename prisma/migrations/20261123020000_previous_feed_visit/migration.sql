-- AlterTable
ALTER TABLE "User" ADD COLUMN "previousFeedVisitAt" DATETIME;

