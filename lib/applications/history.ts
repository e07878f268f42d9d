import type { PrismaClient } from "../generated/prisma/client";
import type { FormValues } from "../forms/types";
import { now } from "../clock";
import { reusableFrom } from "./reuse";

/** 再利用できる期間は入力してから2年間 (§8.3). */
export const HISTORY_YEARS = 2;

export function historySince(): Date {
  const d = now();
  d.setUTCFullYear(d.getUTCFullYear() - HISTORY_YEARS);
  return d;
}

/** What 過去申込一覧 may list for this procedure's form. */
export const historyScope = (procedureCode: string) => ({ since: historySince(), codes: reusableFrom(procedureCode) });

/** One of the user's own past applications that may fill this procedure's form, or null. */
export async function pastApplication(prisma: PrismaClient, userId: string, procedureCode: string, id: string) {
  const { since, codes } = historyScope(procedureCode);
  const app = await prisma.application.findFirst({
    where: { id, userId, submittedAt: { gte: since }, procedureCode: { in: codes } },
    select: { id: true, procedureCode: true, referenceNo: true, submittedAt: true, values: true },
  });
  return app ? { ...app, values: app.values as FormValues } : null;
}
