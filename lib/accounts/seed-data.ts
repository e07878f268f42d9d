import type { PrismaClient } from "../generated/prisma/client";
import { hashPassword } from "../auth/password";

// Local demo accounts only (README lists them); never created in production unless seeded by hand.
export const demoAccounts = [
  {
    loginId: "U0000000001",
    password: "Demo-pass1!",
    email: "staff@example.com",
    role: "APPLICANT" as const,
    nameRoman: "SATO HANAKO",
    kind: "ORGANIZATION_STAFF" as const,
  },
  {
    loginId: "U0000000002",
    password: "Officer-pass2?",
    email: "officer@example.com",
    role: "OFFICER" as const,
    nameRoman: "TANAKA ICHIRO",
    kind: "ORGANIZATION_STAFF" as const,
  },
];

export async function seedAccounts(prisma: PrismaClient): Promise<number> {
  let created = 0;
  for (const a of demoAccounts) {
    if (await prisma.user.findUnique({ where: { loginId: a.loginId }, select: { id: true } })) continue;
    await prisma.user.create({
      data: {
        loginId: a.loginId,
        email: a.email,
        role: a.role,
        kind: a.kind,
        nameRoman: a.nameRoman,
        birthDate: new Date("1985-04-12T00:00:00Z"),
        phone: "0312345678",
        corporateNumber: "7123456789012",
        organizationName: "株式会社サンプル商事",
        postalCode: "1000013",
        organizationAddress: "東京都千代田区霞が関1-1-1",
        passwordHash: await hashPassword(a.password),
      },
    });
    created++;
  }
  return created;
}
