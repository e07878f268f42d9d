import crypto from "node:crypto";
import type { Prisma, PrismaClient, TokenPurpose } from "../generated/prisma/client";
import { now } from "../clock";
import { authConfig } from "./config";

type Tx = Prisma.TransactionClient | PrismaClient;

const sha256 = (s: string) => crypto.createHash("sha256").update(s).digest("hex");

/** Issues a single-use link token; only its hash is stored. */
export async function issueToken(
  tx: Tx,
  data: { purpose: TokenPurpose; email: string; userId?: string; locale: string },
) {
  const token = crypto.randomBytes(32).toString("base64url");
  await tx.emailToken.create({
    data: {
      ...data,
      tokenHash: sha256(token),
      expiresAt: new Date(now().getTime() + authConfig.linkHours * 3_600_000),
    },
  });
  return token;
}

export type TokenCheck =
  | { ok: true; token: { id: string; email: string; userId: string | null; locale: string } }
  | { ok: false; reason: "invalid" | "expired" | "used" };

/** Looks a token up without using it (to show the form it opens). */
export async function checkToken(tx: Tx, purpose: TokenPurpose, token: string): Promise<TokenCheck> {
  const row = await tx.emailToken.findUnique({ where: { tokenHash: sha256(token) } });
  if (!row || row.purpose !== purpose) return { ok: false, reason: "invalid" };
  if (row.usedAt) return { ok: false, reason: "used" };
  if (row.expiresAt <= now()) return { ok: false, reason: "expired" };
  return { ok: true, token: { id: row.id, email: row.email, userId: row.userId, locale: row.locale } };
}

/** Marks the token used; false when another request used it first. */
export async function consumeToken(tx: Tx, id: string): Promise<boolean> {
  const r = await tx.emailToken.updateMany({
    where: { id, usedAt: null, expiresAt: { gt: now() } },
    data: { usedAt: now() },
  });
  return r.count === 1;
}
