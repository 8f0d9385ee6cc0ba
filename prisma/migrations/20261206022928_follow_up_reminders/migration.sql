-- AlterEnum
ALTER TYPE "MailKind" ADD VALUE 'FOLLOW_UP_REMINDER';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "locale" "Locale";

-- AlterTable
ALTER TABLE "MailDelivery" ADD COLUMN     "userId" TEXT;

-- CreateIndex
CREATE INDEX "MailDelivery_userId_kind_createdAt_idx" ON "MailDelivery"("userId", "kind", "createdAt");

-- AddForeignKey
ALTER TABLE "MailDelivery" ADD CONSTRAINT "MailDelivery_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

