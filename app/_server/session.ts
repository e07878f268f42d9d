import { cache } from "react";
import { auth } from "@/auth";
import { db } from "@/lib/db/client";
import { resolveSession } from "@/lib/auth/session";
import { now } from "@/lib/clock";

/** The server-side session of this request (once per request), with its idle deadline. */
export const currentSession = cache(async () => {
  const s = (await auth()) as { sid?: string } | null;
  return resolveSession(db(), s?.sid);
});

export function msUntil(date: Date) {
  return Math.max(0, date.getTime() - now().getTime());
}
