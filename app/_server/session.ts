import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "@/auth";
import { db } from "@/lib/db/client";
import { resolveSession } from "@/lib/auth/session";
import { now } from "@/lib/clock";

/** The logged-in user of this request (once per request), with the session's idle deadline. */
export const currentSession = cache(async () => {
  const s = (await auth()) as { sid?: string } | null;
  return resolveSession(db(), s?.sid);
});

/** Pages that need a login send everyone else to it, with the way back and why. */
export async function requireSession(locale: string, returnPath: string) {
  const { session, expired } = await currentSession();
  if (!session) {
    const q = new URLSearchParams({ next: returnPath });
    if (expired) q.set("reason", "timeout");
    redirect(`/${locale}/login?${q}`);
  }
  return session;
}

export function msUntil(date: Date) {
  return Math.max(0, date.getTime() - now().getTime());
}
