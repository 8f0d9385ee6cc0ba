-- CreateEnum
CREATE TYPE "SubscriptionFrequency" AS ENUM ('IMMEDIATE', 'WEEKLY');

-- CreateEnum
CREATE TYPE "MailKind" AS ENUM ('CONFIRM', 'ALREADY_SUBSCRIBED', 'MANAGE_LINK', 'ITEM', 'DIGEST');

-- CreateEnum
CREATE TYPE "MailDeliveryStatus" AS ENUM ('PENDING', 'SENDING', 'SENT', 'FAILED', 'INTERRUPTED', 'SKIPPED');

-- CreateTable
CREATE TABLE "Subscriber" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "frequency" "SubscriptionFrequency" NOT NULL,
    "contentTypes" TEXT[],
    "countryIds" TEXT[],
    "mechanismIds" TEXT[],
    "themeIds" TEXT[],
    "confirmedAt" TIMESTAMP(3),
    "tokenVersion" INTEGER NOT NULL DEFAULT 1,
    "digestedUntil" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Subscriber_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MailDelivery" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "kind" "MailKind" NOT NULL,
    "subscriberId" TEXT,
    "payload" JSONB,
    "status" "MailDeliveryStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "attemptId" TEXT,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "MailDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublishedItem" (
    "auditId" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PublishedItem_pkey" PRIMARY KEY ("auditId")
);

-- CreateTable
CREATE TABLE "SubscriptionScan" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "scannedUntil" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SubscriptionScan_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Subscriber_email_key" ON "Subscriber"("email");

-- CreateIndex
CREATE INDEX "Subscriber_frequency_confirmedAt_idx" ON "Subscriber"("frequency", "confirmedAt");

-- CreateIndex
CREATE UNIQUE INDEX "MailDelivery_key_key" ON "MailDelivery"("key");

-- CreateIndex
CREATE INDEX "MailDelivery_status_updatedAt_idx" ON "MailDelivery"("status", "updatedAt");

-- CreateIndex
CREATE INDEX "MailDelivery_subscriberId_idx" ON "MailDelivery"("subscriberId");

-- CreateIndex
CREATE INDEX "PublishedItem_publishedAt_idx" ON "PublishedItem"("publishedAt");

-- AddForeignKey
ALTER TABLE "MailDelivery" ADD CONSTRAINT "MailDelivery_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "Subscriber"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Addresses are stored normalized (trimmed, lower case), as accounts' are.
ALTER TABLE "Subscriber" ADD CONSTRAINT "Subscriber_email_normalized_check" CHECK ("email" = lower(btrim("email")));

-- The scan cursor is one row. It starts at the migration's time: publications from before the
-- feature existed are never mailed.
ALTER TABLE "SubscriptionScan" ADD CONSTRAINT "SubscriptionScan_single_row_check" CHECK ("id" = 1);
INSERT INTO "SubscriptionScan" ("id", "scannedUntil") VALUES (1, CURRENT_TIMESTAMP);
