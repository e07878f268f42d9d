"use server";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { currentSession } from "@/app/_server/session";
import { addFavorite, removeFavorite } from "@/lib/procedures/favorites";
import { safeReturnPath } from "@/lib/security/return-path";

async function userOrLogin(locale: string) {
  const { session } = await currentSession();
  if (!session) redirect(`/${locale}/login?reason=timeout`);
  return session.user;
}

export async function favorite(locale: string, code: string, returnTo: string) {
  const user = await userOrLogin(locale);
  await addFavorite(db(), user.id, code);
  redirect(safeReturnPath(returnTo, `/${locale}/procedures/${code}`));
}

export async function unfavorite(locale: string, code: string, returnTo: string) {
  const user = await userOrLogin(locale);
  await removeFavorite(db(), user.id, code);
  redirect(safeReturnPath(returnTo, `/${locale}/mypage/favorites`));
}
