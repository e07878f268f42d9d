"use server";
import { redirect } from "next/navigation";
import { auth, signOut } from "@/auth";
import { db } from "@/lib/db/client";
import { endSession } from "@/lib/auth/session";
import { checkedLocale } from "@/app/_server/guards";

export async function logout(locale: string) {
  const s = (await auth()) as { sid?: string } | null;
  if (s?.sid) await endSession(db(), s.sid);
  await signOut({ redirect: false });
  redirect(`/${checkedLocale(locale)}/login?reason=loggedOut`);
}
