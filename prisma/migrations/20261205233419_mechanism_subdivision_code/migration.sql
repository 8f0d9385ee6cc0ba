-- AlterTable
ALTER TABLE "Mechanism" ADD COLUMN     "subdivisionCode" TEXT;

-- CreateIndex
CREATE INDEX "Mechanism_subdivisionCode_idx" ON "Mechanism"("subdivisionCode");

