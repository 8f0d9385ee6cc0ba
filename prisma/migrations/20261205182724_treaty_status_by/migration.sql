-- CreateEnum
CREATE TYPE "TreatyAction" AS ENUM ('RATIFICATION', 'ACCESSION');

-- AlterTable
ALTER TABLE "Country" ADD COLUMN     "catBy" "TreatyAction",
ADD COLUMN     "catStatus" "OpcatStatus",
ADD COLUMN     "opcatBy" "TreatyAction";

