"use server";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { checkedLocale, requireUser } from "@/app/_server/guards";
import { findProcedure } from "@/lib/procedures/search";
import { addFavorite, removeFavorite } from "@/lib/procedures/favorites";
import { safeReturnPath } from "@/lib/security/return-path";

/** Bound arguments come back from the browser: each is checked as if typed. */
async function context(rawLocale: string, rawCode: string) {
  const locale = checkedLocale(rawLocale);
  const code = findProcedure(rawCode)?.code ?? "";
  const { user } = await requireUser(locale, `/${locale}/procedures/${code}`);
  if (!code) redirect(`/${locale}/procedures`);
  return { locale, code, user };
}

export async function favorite(rawLocale: string, rawCode: string, returnTo: string) {
  const { locale, code, user } = await context(rawLocale, rawCode);
  await addFavorite(db(), user.id, code);
  redirect(safeReturnPath(returnTo, `/${locale}/procedures/${code}`));
}

export async function unfavorite(rawLocale: string, rawCode: string, returnTo: string) {
  const { locale, code, user } = await context(rawLocale, rawCode);
  await removeFavorite(db(), user.id, code);
  redirect(safeReturnPath(returnTo, `/${locale}/mypage/favorites`));
}
