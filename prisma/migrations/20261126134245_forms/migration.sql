-- AlterTable
ALTER TABLE "EmailToken" ADD COLUMN     "pending" JSONB;
