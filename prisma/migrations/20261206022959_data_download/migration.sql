-- CreateEnum
CREATE TYPE "DataDownloadStatus" AS ENUM ('BUILDING', 'READY', 'FAILED');

-- CreateEnum
CREATE TYPE "DataDownloadTrigger" AS ENUM ('CHANGE', 'ADMIN');

-- CreateTable
CREATE TABLE "DataDownload" (
    "id" TEXT NOT NULL,
    "status" "DataDownloadStatus" NOT NULL DEFAULT 'BUILDING',
    "trigger" "DataDownloadTrigger" NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "sha256" CHAR(64),
    "size" BIGINT,
    "counts" JSONB,
    "error" TEXT,

    CONSTRAINT "DataDownload_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DataDownload_status_startedAt_idx" ON "DataDownload"("status", "startedAt");


-- The data page shows the latest build: cached pages that read it are dropped when it changes.
CREATE TRIGGER page_cache_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "DataDownload" FOR EACH STATEMENT EXECUTE FUNCTION page_cache_notify();
