-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'YEAR');

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "datePrecision" "DatePrecision" NOT NULL DEFAULT 'DAY';

