import { notFound } from "next/navigation";
import { requireSession } from "@/app/_server/session";

/** The back office is for officers; to anyone else it does not exist. */
export async function requireOfficer(locale: string, path: string) {
  const session = await requireSession(locale, `/${locale}${path}`);
  if (session.user.role !== "OFFICER") notFound();
  return session;
}
