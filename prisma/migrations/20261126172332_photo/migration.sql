-- CreateEnum
CREATE TYPE "AttachmentKind" AS ENUM ('DOCUMENT', 'PHOTO');

-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "kind" "AttachmentKind" NOT NULL DEFAULT 'DOCUMENT';
