-- CreateTable
CREATE TABLE "LoadedFile" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "procedureCode" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "values" JSONB NOT NULL,
    "problems" JSONB NOT NULL DEFAULT '[]',
    "savedAt" TIMESTAMP(3),
    "olderVersion" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "loadedAt" TIMESTAMP(3),

    CONSTRAINT "LoadedFile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LoadedFile_userId_idx" ON "LoadedFile"("userId");

-- CreateIndex
CREATE INDEX "LoadedFile_createdAt_idx" ON "LoadedFile"("createdAt");

-- AddForeignKey
ALTER TABLE "LoadedFile" ADD CONSTRAINT "LoadedFile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
