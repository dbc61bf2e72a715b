-- AlterTable
ALTER TABLE "Card" ADD COLUMN     "questionSetId" TEXT;

-- CreateIndex
CREATE INDEX "Card_userId_questionSetId_state_idx" ON "Card"("userId", "questionSetId", "state");
