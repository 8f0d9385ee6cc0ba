-- CreateEnum
CREATE TYPE "TreatyCheckTrigger" AS ENUM ('COMMAND', 'SCHEDULE', 'EDITOR');

-- AlterTable
ALTER TABLE "DataProposal" ADD COLUMN     "sourceId" TEXT;

-- CreateTable
CREATE TABLE "TreatyCheckRun" (
    "id" TEXT NOT NULL,
    "trigger" "TreatyCheckTrigger" NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "pages" JSONB,
    "differences" INTEGER NOT NULL DEFAULT 0,
    "filed" INTEGER NOT NULL DEFAULT 0,
    "details" JSONB,
    "error" TEXT,

    CONSTRAINT "TreatyCheckRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TreatyCheckRun_startedAt_idx" ON "TreatyCheckRun"("startedAt");

-- AddForeignKey
ALTER TABLE "DataProposal" ADD CONSTRAINT "DataProposal_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

