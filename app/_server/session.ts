import { cache } from "react";
import { cookies } from "next/headers";
import { auth } from "@/auth";
import { db } from "@/lib/db/client";
import { resolveSession } from "@/lib/auth/session";
import { now } from "@/lib/clock";

// next-auth's session cookie (authjs.session-token, __Secure- when served over HTTPS, split into
// .0, .1… when long). Without it there is nothing for auth() to decrypt, so a visitor who has not
// logged in costs no key derivation and no database read.
const SESSION_COOKIE = /^(?:__Secure-)?authjs\.session-token(?:\.\d+)?$/;

/** The server-side session of this request (once per request), with its user and idle deadline. */
export const currentSession = cache(async () => {
  const hasCookie = (await cookies()).getAll().some((c) => SESSION_COOKIE.test(c.name));
  const s = hasCookie ? ((await auth()) as { sid?: string } | null) : null;
  return resolveSession(db(), s?.sid);
});

export function msUntil(date: Date) {
  return Math.max(0, date.getTime() - now().getTime());
}
