-- CreateTable
CREATE TABLE "CoeCertificate" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "certificateNo" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL,
    "registeredAt" TIMESTAMP(3),

    CONSTRAINT "CoeCertificate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CoeCertificate_applicationId_key" ON "CoeCertificate"("applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "CoeCertificate_certificateNo_key" ON "CoeCertificate"("certificateNo");

-- CreateIndex
CREATE INDEX "CoeCertificate_userId_issuedAt_idx" ON "CoeCertificate"("userId", "issuedAt");

-- AddForeignKey
ALTER TABLE "CoeCertificate" ADD CONSTRAINT "CoeCertificate_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoeCertificate" ADD CONSTRAINT "CoeCertificate_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
