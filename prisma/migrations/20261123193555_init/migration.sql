-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('es', 'pt', 'en');

-- CreateEnum
CREATE TYPE "PublicationStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "Subregion" AS ENUM ('SOUTH_AMERICA', 'CENTRAL_AMERICA', 'CARIBBEAN', 'NORTH_AMERICA');

-- CreateEnum
CREATE TYPE "OpcatStatus" AS ENUM ('PARTY', 'SIGNATORY', 'NOT_PARTY');

-- CreateEnum
CREATE TYPE "MechanismLevel" AS ENUM ('NATIONAL', 'LOCAL');

-- CreateEnum
CREATE TYPE "InstitutionalModel" AS ENUM ('OMBUDSPERSON_OR_NHRI', 'NEW_SPECIALISED_BODY', 'MULTIPLE_BODIES', 'OTHER');

-- CreateEnum
CREATE TYPE "MechanismStatus" AS ENUM ('DESIGNATED', 'OPERATIONAL', 'IN_PROCESS', 'PROPOSED');

-- CreateEnum
CREATE TYPE "DocumentType" AS ENUM ('REPORT', 'GUIDE', 'DECLARATION', 'LAW', 'RECOMMENDATION', 'TRAINING', 'OTHER');

-- CreateEnum
CREATE TYPE "EventKind" AS ENUM ('CONFERENCE', 'WORKSHOP', 'EXCHANGE', 'WEBINAR', 'OTHER');

-- CreateEnum
CREATE TYPE "CooperationKind" AS ENUM ('AGREEMENT', 'EXCHANGE', 'OTHER');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'EDITOR', 'FOCAL_POINT');

-- CreateTable
CREATE TABLE "Country" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "iso2" CHAR(2) NOT NULL,
    "iso3" CHAR(3) NOT NULL,
    "subregion" "Subregion" NOT NULL,
    "federal" BOOLEAN NOT NULL,
    "catRatifiedOn" DATE,
    "opcatStatus" "OpcatStatus" NOT NULL,
    "opcatSignedOn" DATE,
    "opcatRatifiedOn" DATE,
    "npmPostponedTo" DATE,
    "sources" TEXT[],
    "status" "PublicationStatus" NOT NULL DEFAULT 'PUBLISHED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Country_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CountryTranslation" (
    "countryId" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "name" TEXT NOT NULL,
    "notes" TEXT,

    CONSTRAINT "CountryTranslation_pkey" PRIMARY KEY ("countryId","locale")
);

-- CreateTable
CREATE TABLE "Mechanism" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "countryId" TEXT NOT NULL,
    "level" "MechanismLevel" NOT NULL,
    "parentId" TEXT,
    "jurisdiction" TEXT,
    "acronym" TEXT,
    "model" "InstitutionalModel",
    "operationalStatus" "MechanismStatus",
    "originalLocale" "Locale" NOT NULL,
    "legalBasisDate" DATE,
    "designatedYear" INTEGER,
    "designatedOn" DATE,
    "website" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "address" TEXT,
    "sources" TEXT[],
    "status" "PublicationStatus" NOT NULL DEFAULT 'PUBLISHED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Mechanism_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MechanismTranslation" (
    "mechanismId" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "name" TEXT,
    "legalBasis" TEXT,
    "notes" TEXT,

    CONSTRAINT "MechanismTranslation_pkey" PRIMARY KEY ("mechanismId","locale")
);

-- CreateTable
CREATE TABLE "Theme" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,

    CONSTRAINT "Theme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ThemeTranslation" (
    "themeId" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "label" TEXT NOT NULL,

    CONSTRAINT "ThemeTranslation_pkey" PRIMARY KEY ("themeId","locale")
);

-- CreateTable
CREATE TABLE "StoredFile" (
    "id" TEXT NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "filename" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "extractedText" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "type" "DocumentType" NOT NULL,
    "originalLocale" "Locale" NOT NULL,
    "publishedOn" DATE,
    "externalUrl" TEXT,
    "fileId" TEXT,
    "sources" TEXT[],
    "status" "PublicationStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentTranslation" (
    "documentId" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT,

    CONSTRAINT "DocumentTranslation_pkey" PRIMARY KEY ("documentId","locale")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "EventKind" NOT NULL,
    "originalLocale" "Locale" NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    "city" TEXT,
    "countryId" TEXT,
    "online" BOOLEAN NOT NULL DEFAULT false,
    "sources" TEXT[],
    "status" "PublicationStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventTranslation" (
    "eventId" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT,
    "organisers" TEXT,

    CONSTRAINT "EventTranslation_pkey" PRIMARY KEY ("eventId","locale")
);

-- CreateTable
CREATE TABLE "Cooperation" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "CooperationKind" NOT NULL,
    "originalLocale" "Locale" NOT NULL,
    "startedOn" DATE,
    "startedYear" INTEGER,
    "sources" TEXT[],
    "status" "PublicationStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Cooperation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CooperationTranslation" (
    "cooperationId" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT,

    CONSTRAINT "CooperationTranslation_pkey" PRIMARY KEY ("cooperationId","locale")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "mechanismId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_CountryToDocument" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_CountryToDocument_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_DocumentToTheme" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_DocumentToTheme_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_DocumentToMechanism" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_DocumentToMechanism_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_DocumentToEvent" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_DocumentToEvent_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_EventToMechanism" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_EventToMechanism_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_CooperationToMechanism" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_CooperationToMechanism_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_CooperationToDocument" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_CooperationToDocument_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Country_slug_key" ON "Country"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Country_iso2_key" ON "Country"("iso2");

-- CreateIndex
CREATE UNIQUE INDEX "Country_iso3_key" ON "Country"("iso3");

-- CreateIndex
CREATE UNIQUE INDEX "Mechanism_slug_key" ON "Mechanism"("slug");

-- CreateIndex
CREATE INDEX "Mechanism_countryId_idx" ON "Mechanism"("countryId");

-- CreateIndex
CREATE INDEX "Mechanism_parentId_idx" ON "Mechanism"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "Theme_slug_key" ON "Theme"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "StoredFile_sha256_key" ON "StoredFile"("sha256");

-- CreateIndex
CREATE UNIQUE INDEX "Document_slug_key" ON "Document"("slug");

-- CreateIndex
CREATE INDEX "Document_status_publishedOn_idx" ON "Document"("status", "publishedOn");

-- CreateIndex
CREATE UNIQUE INDEX "Event_slug_key" ON "Event"("slug");

-- CreateIndex
CREATE INDEX "Event_status_startsOn_idx" ON "Event"("status", "startsOn");

-- CreateIndex
CREATE UNIQUE INDEX "Cooperation_slug_key" ON "Cooperation"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "_CountryToDocument_B_index" ON "_CountryToDocument"("B");

-- CreateIndex
CREATE INDEX "_DocumentToTheme_B_index" ON "_DocumentToTheme"("B");

-- CreateIndex
CREATE INDEX "_DocumentToMechanism_B_index" ON "_DocumentToMechanism"("B");

-- CreateIndex
CREATE INDEX "_DocumentToEvent_B_index" ON "_DocumentToEvent"("B");

-- CreateIndex
CREATE INDEX "_EventToMechanism_B_index" ON "_EventToMechanism"("B");

-- CreateIndex
CREATE INDEX "_CooperationToMechanism_B_index" ON "_CooperationToMechanism"("B");

-- CreateIndex
CREATE INDEX "_CooperationToDocument_B_index" ON "_CooperationToDocument"("B");

-- AddForeignKey
ALTER TABLE "CountryTranslation" ADD CONSTRAINT "CountryTranslation_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mechanism" ADD CONSTRAINT "Mechanism_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mechanism" ADD CONSTRAINT "Mechanism_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Mechanism"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MechanismTranslation" ADD CONSTRAINT "MechanismTranslation_mechanismId_fkey" FOREIGN KEY ("mechanismId") REFERENCES "Mechanism"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThemeTranslation" ADD CONSTRAINT "ThemeTranslation_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentTranslation" ADD CONSTRAINT "DocumentTranslation_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventTranslation" ADD CONSTRAINT "EventTranslation_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CooperationTranslation" ADD CONSTRAINT "CooperationTranslation_cooperationId_fkey" FOREIGN KEY ("cooperationId") REFERENCES "Cooperation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_mechanismId_fkey" FOREIGN KEY ("mechanismId") REFERENCES "Mechanism"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CountryToDocument" ADD CONSTRAINT "_CountryToDocument_A_fkey" FOREIGN KEY ("A") REFERENCES "Country"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CountryToDocument" ADD CONSTRAINT "_CountryToDocument_B_fkey" FOREIGN KEY ("B") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_DocumentToTheme" ADD CONSTRAINT "_DocumentToTheme_A_fkey" FOREIGN KEY ("A") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_DocumentToTheme" ADD CONSTRAINT "_DocumentToTheme_B_fkey" FOREIGN KEY ("B") REFERENCES "Theme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_DocumentToMechanism" ADD CONSTRAINT "_DocumentToMechanism_A_fkey" FOREIGN KEY ("A") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_DocumentToMechanism" ADD CONSTRAINT "_DocumentToMechanism_B_fkey" FOREIGN KEY ("B") REFERENCES "Mechanism"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_DocumentToEvent" ADD CONSTRAINT "_DocumentToEvent_A_fkey" FOREIGN KEY ("A") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_DocumentToEvent" ADD CONSTRAINT "_DocumentToEvent_B_fkey" FOREIGN KEY ("B") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_EventToMechanism" ADD CONSTRAINT "_EventToMechanism_A_fkey" FOREIGN KEY ("A") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_EventToMechanism" ADD CONSTRAINT "_EventToMechanism_B_fkey" FOREIGN KEY ("B") REFERENCES "Mechanism"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CooperationToMechanism" ADD CONSTRAINT "_CooperationToMechanism_A_fkey" FOREIGN KEY ("A") REFERENCES "Cooperation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CooperationToMechanism" ADD CONSTRAINT "_CooperationToMechanism_B_fkey" FOREIGN KEY ("B") REFERENCES "Mechanism"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CooperationToDocument" ADD CONSTRAINT "_CooperationToDocument_A_fkey" FOREIGN KEY ("A") REFERENCES "Cooperation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CooperationToDocument" ADD CONSTRAINT "_CooperationToDocument_B_fkey" FOREIGN KEY ("B") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

