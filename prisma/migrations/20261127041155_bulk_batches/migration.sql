-- CreateTable
CREATE TABLE "BulkBatch" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "procedureCode" TEXT NOT NULL,
    "templateKey" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "encoding" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BulkBatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BulkRow" (
    "id" TEXT NOT NULL,
    "batchId" TEXT NOT NULL,
    "rowNo" INTEGER NOT NULL,
    "values" JSONB NOT NULL,
    "problems" JSONB NOT NULL DEFAULT '[]',

    CONSTRAINT "BulkRow_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "BulkBatch_userId_procedureCode_key" ON "BulkBatch"("userId", "procedureCode");

-- CreateIndex
CREATE UNIQUE INDEX "BulkRow_batchId_rowNo_key" ON "BulkRow"("batchId", "rowNo");

-- AddForeignKey
ALTER TABLE "BulkBatch" ADD CONSTRAINT "BulkBatch_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BulkRow" ADD CONSTRAINT "BulkRow_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "BulkBatch"("id") ON DELETE CASCADE ON UPDATE CASCADE;
