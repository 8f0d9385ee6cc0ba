-- CreateEnum
CREATE TYPE "CorrectionTarget" AS ENUM ('country', 'mechanism');

-- CreateEnum
CREATE TYPE "CorrectionStatus" AS ENUM ('PENDING', 'ACCEPTED', 'REJECTED');

-- CreateTable
CREATE TABLE "Correction" (
    "id" TEXT NOT NULL,
    "entityType" "CorrectionTarget" NOT NULL,
    "entityId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "proposedValue" TEXT NOT NULL,
    "sourceUrl" TEXT NOT NULL,
    "contactEmail" TEXT,
    "locale" "Locale" NOT NULL,
    "status" "CorrectionStatus" NOT NULL DEFAULT 'PENDING',
    "appliedValue" TEXT,
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "reviewNote" TEXT,
    "notifiedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Correction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Correction_status_createdAt_idx" ON "Correction"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Correction_entityType_entityId_idx" ON "Correction"("entityType", "entityId");

