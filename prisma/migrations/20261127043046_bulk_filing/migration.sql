/*
  Warnings:

  - A unique constraint covering the columns `[bulkNo]` on the table `BulkBatch` will be added. If there are existing duplicate values, this will fail.

*/
-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "bulkNo" TEXT;

-- AlterTable
ALTER TABLE "BulkBatch" ADD COLUMN     "bulkNo" TEXT,
ADD COLUMN     "filedAt" TIMESTAMP(3);

-- CreateIndex
CREATE UNIQUE INDEX "BulkBatch_bulkNo_key" ON "BulkBatch"("bulkNo");
