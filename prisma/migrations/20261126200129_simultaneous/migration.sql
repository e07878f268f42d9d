-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "parentId" TEXT;

-- CreateIndex
CREATE INDEX "Application_parentId_idx" ON "Application"("parentId");

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;
