-- AlterTable
ALTER TABLE "OutboxMail" ADD COLUMN     "secret" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "ApplicationEvent" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "status" "ApplicationStatus" NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "actorId" TEXT,
    "message" TEXT,

    CONSTRAINT "ApplicationEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateEvent" (
    "id" TEXT NOT NULL,
    "bucket" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RateEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ApplicationEvent_applicationId_at_idx" ON "ApplicationEvent"("applicationId", "at");

-- CreateIndex
CREATE INDEX "RateEvent_bucket_at_idx" ON "RateEvent"("bucket", "at");

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationEvent" ADD CONSTRAINT "ApplicationEvent_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationEvent" ADD CONSTRAINT "ApplicationEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- History for applications made before it was kept: the 申込 itself and any decision.
INSERT INTO "ApplicationEvent" ("id", "applicationId", "status", "at")
SELECT 'evs_' || "id", "id", 'WAITING', "submittedAt" FROM "Application";
INSERT INTO "ApplicationEvent" ("id", "applicationId", "status", "at", "actorId", "message")
SELECT 'evd_' || "id", "id", "status", "decidedAt", "decidedById", "returnMessage" FROM "Application" WHERE "decidedAt" IS NOT NULL;

-- Mails already sent no longer keep their links and passwords.
UPDATE "OutboxMail" SET "secret" = true WHERE "template" IN ('registrationLink', 'passwordResetLink', 'emailChangeLink', 'applicationPassword');
UPDATE "OutboxMail" SET "text" = '', "html" = '' WHERE "secret" AND "status" <> 'PENDING';
