import { randomBytes } from "node:crypto";
import type { Prisma, PrismaClient } from "../../lib/generated/prisma/client";
import { newReferenceNo } from "../../lib/applications/numbers";
import { hashPassword } from "../../lib/auth/password";

const unique = () => randomBytes(6).toString("hex");

/** A user made directly in the database, for unit tests that need one. */
export async function makeUser(
  prisma: PrismaClient,
  data: { password?: string; role?: "APPLICANT" | "OFFICER"; corporateNumber?: string } = {},
) {
  const tag = unique();
  return prisma.user.create({
    data: {
      loginId: `T${tag}`.toUpperCase(),
      email: `u-${tag}@example.com`,
      kind: "ORGANIZATION_STAFF",
      role: data.role ?? "APPLICANT",
      nameRoman: "TEST USER",
      birthDate: new Date("1990-01-01T00:00:00Z"),
      phone: "0312345678",
      corporateNumber: data.corporateNumber ?? "7123456789012",
      organizationName: "株式会社テスト",
      passwordHash: await hashPassword(data.password ?? "Right-pass1!"),
    },
  });
}

/** An application of the user made directly in the database (a 更新 unless said otherwise). */
export function makeApplication(
  prisma: PrismaClient,
  userId: string,
  data: Partial<Omit<Prisma.ApplicationUncheckedCreateInput, "userId">> = {},
) {
  return prisma.application.create({
    data: {
      referenceNo: newReferenceNo(),
      submissionKey: `test-${newReferenceNo()}`,
      userId,
      procedureCode: "extension",
      values: {},
      accessPasswordHash: "x",
      ...data,
    },
  });
}
