-- CreateEnum
CREATE TYPE "RecommendationBody" AS ENUM ('UPR', 'CAT', 'SPT', 'IACHR', 'OTHER');

-- CreateEnum
CREATE TYPE "StatePosition" AS ENUM ('SUPPORTED', 'NOTED', 'NO_POSITION', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "ImplementationStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'PARTIALLY_IMPLEMENTED', 'IMPLEMENTED', 'NOT_IMPLEMENTED', 'UNKNOWN');

-- CreateTable
CREATE TABLE "Recommendation" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "body" "RecommendationBody" NOT NULL,
    "symbol" TEXT NOT NULL,
    "paragraph" TEXT NOT NULL,
    "issuedOn" DATE NOT NULL,
    "uprCycle" INTEGER,
    "recommendingState" TEXT,
    "originalLocale" "Locale" NOT NULL,
    "position" "StatePosition" NOT NULL DEFAULT 'UNKNOWN',
    "sourceUrl" TEXT NOT NULL,
    "status" "PublicationStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Recommendation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecommendationTranslation" (
    "recommendationId" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "RecommendationTranslation_pkey" PRIMARY KEY ("recommendationId","locale")
);

-- CreateTable
CREATE TABLE "RecommendationFollowUp" (
    "id" TEXT NOT NULL,
    "recommendationId" TEXT NOT NULL,
    "mechanismId" TEXT NOT NULL,
    "reportedOn" DATE NOT NULL,
    "implementation" "ImplementationStatus" NOT NULL,
    "originalLocale" "Locale" NOT NULL,
    "evidenceUrl" TEXT,
    "evidenceFileId" TEXT,
    "status" "PublicationStatus" NOT NULL DEFAULT 'DRAFT',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecommendationFollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecommendationFollowUpTranslation" (
    "followUpId" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "RecommendationFollowUpTranslation_pkey" PRIMARY KEY ("followUpId","locale")
);

-- CreateTable
CREATE TABLE "_CountryToRecommendation" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_CountryToRecommendation_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_MechanismToRecommendation" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_MechanismToRecommendation_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_RecommendationToTheme" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_RecommendationToTheme_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Recommendation_slug_key" ON "Recommendation"("slug");

-- CreateIndex
CREATE INDEX "Recommendation_status_issuedOn_idx" ON "Recommendation"("status", "issuedOn");

-- CreateIndex
CREATE UNIQUE INDEX "Recommendation_symbol_paragraph_key" ON "Recommendation"("symbol", "paragraph");

-- CreateIndex
CREATE INDEX "RecommendationFollowUp_recommendationId_status_reportedOn_idx" ON "RecommendationFollowUp"("recommendationId", "status", "reportedOn");

-- CreateIndex
CREATE INDEX "RecommendationFollowUp_mechanismId_idx" ON "RecommendationFollowUp"("mechanismId");

-- CreateIndex
CREATE INDEX "_CountryToRecommendation_B_index" ON "_CountryToRecommendation"("B");

-- CreateIndex
CREATE INDEX "_MechanismToRecommendation_B_index" ON "_MechanismToRecommendation"("B");

-- CreateIndex
CREATE INDEX "_RecommendationToTheme_B_index" ON "_RecommendationToTheme"("B");

-- AddForeignKey
ALTER TABLE "RecommendationTranslation" ADD CONSTRAINT "RecommendationTranslation_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationFollowUp" ADD CONSTRAINT "RecommendationFollowUp_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationFollowUp" ADD CONSTRAINT "RecommendationFollowUp_mechanismId_fkey" FOREIGN KEY ("mechanismId") REFERENCES "Mechanism"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationFollowUp" ADD CONSTRAINT "RecommendationFollowUp_evidenceFileId_fkey" FOREIGN KEY ("evidenceFileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationFollowUpTranslation" ADD CONSTRAINT "RecommendationFollowUpTranslation_followUpId_fkey" FOREIGN KEY ("followUpId") REFERENCES "RecommendationFollowUp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CountryToRecommendation" ADD CONSTRAINT "_CountryToRecommendation_A_fkey" FOREIGN KEY ("A") REFERENCES "Country"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CountryToRecommendation" ADD CONSTRAINT "_CountryToRecommendation_B_fkey" FOREIGN KEY ("B") REFERENCES "Recommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_MechanismToRecommendation" ADD CONSTRAINT "_MechanismToRecommendation_A_fkey" FOREIGN KEY ("A") REFERENCES "Mechanism"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_MechanismToRecommendation" ADD CONSTRAINT "_MechanismToRecommendation_B_fkey" FOREIGN KEY ("B") REFERENCES "Recommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_RecommendationToTheme" ADD CONSTRAINT "_RecommendationToTheme_A_fkey" FOREIGN KEY ("A") REFERENCES "Recommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_RecommendationToTheme" ADD CONSTRAINT "_RecommendationToTheme_B_fkey" FOREIGN KEY ("B") REFERENCES "Theme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

