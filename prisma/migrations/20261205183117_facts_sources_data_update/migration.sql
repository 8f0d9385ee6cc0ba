-- CreateEnum
CREATE TYPE "DataProposalStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DISMISSED');

-- AlterTable
-- (catBy and opcatBy came with 20261205182724_treaty_status_by.)
ALTER TABLE "Country" ADD COLUMN     "staffNotes" TEXT;

-- AlterTable
ALTER TABLE "Mechanism" ADD COLUMN     "staffNotes" TEXT;

-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "datePrecision" "DatePrecision" NOT NULL DEFAULT 'DAY';

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL,
    "key" TEXT,
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "url" TEXT,
    "lang" TEXT,
    "accessedOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FactCitation" (
    "id" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "fact" TEXT NOT NULL,
    "verifiedOn" DATE,
    "verifiedPrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FactCitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SeededValue" (
    "entityType" TEXT NOT NULL,
    "entityKey" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SeededValue_pkey" PRIMARY KEY ("entityType","entityKey","field")
);

-- CreateTable
CREATE TABLE "DataProposal" (
    "id" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityKey" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "currentValue" JSONB,
    "proposedValue" JSONB,
    "seededValue" JSONB,
    "proposedHash" CHAR(64) NOT NULL,
    "status" "DataProposalStatus" NOT NULL DEFAULT 'PENDING',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reviewedById" TEXT,
    "reviewedByEmail" TEXT,
    "reviewedAt" TIMESTAMP(3),

    CONSTRAINT "DataProposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DataUpdateStep" (
    "name" TEXT NOT NULL,
    "doneAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DataUpdateStep_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "_FactCitationToSource" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_FactCitationToSource_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Source_key_key" ON "Source"("key");

-- CreateIndex
CREATE INDEX "FactCitation_verifiedOn_idx" ON "FactCitation"("verifiedOn");

-- CreateIndex
CREATE UNIQUE INDEX "FactCitation_entityType_entityId_fact_key" ON "FactCitation"("entityType", "entityId", "fact");

-- CreateIndex
CREATE INDEX "DataProposal_status_createdAt_idx" ON "DataProposal"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "DataProposal_entityType_entityKey_field_proposedHash_key" ON "DataProposal"("entityType", "entityKey", "field", "proposedHash");

-- CreateIndex
CREATE INDEX "_FactCitationToSource_B_index" ON "_FactCitationToSource"("B");

-- AddForeignKey
ALTER TABLE "_FactCitationToSource" ADD CONSTRAINT "_FactCitationToSource_A_fkey" FOREIGN KEY ("A") REFERENCES "FactCitation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_FactCitationToSource" ADD CONSTRAINT "_FactCitationToSource_B_fkey" FOREIGN KEY ("B") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

