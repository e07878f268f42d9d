"use server";
import { currentSession, msUntil } from "./session";

/** The timeout dialog's OK: this request is activity, so the session now runs 3 h from here. */
export async function extendSession(): Promise<{ expiresInMs: number } | null> {
  const { session } = await currentSession();
  return session ? { expiresInMs: msUntil(session.expiresAt) } : null;
}
