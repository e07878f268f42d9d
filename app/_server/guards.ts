import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { isLocale, type Locale } from "@/lib/i18n/routing";
import { findProcedure, localized } from "@/lib/procedures/search";
import { formFor } from "@/lib/forms/registry";
import { applyGate } from "@/lib/applications/gate";
import { loadDraft } from "@/lib/applications/drafts";
import { isSameOrigin } from "@/lib/security/same-origin";
import { currentSession } from "./session";

// One set of guards for pages, server actions and route handlers: each returns the loaded user, so
// nothing re-fetches it, and each refuses the same way wherever it is used.

/** The signed-in user of this request (once per request), or null. */
export const currentUser = cache(async () => {
  const { session, user, expired } = await currentSession();
  return { user, session, expired };
});
export type SignedInUser = NonNullable<Awaited<ReturnType<typeof currentUser>>["user"]>;

/** A locale from a URL or a bound action argument (which a client can forge): ours, or ja. */
export function checkedLocale(value: unknown): Locale {
  return isLocale(value) ? value : "ja";
}

/** Pages and actions that need a login send everyone else to it, with the way back and why. */
export async function requireUser(locale: unknown, returnPath: string) {
  const { user, session, expired } = await currentUser();
  if (!user || !session) {
    const q = new URLSearchParams({ next: returnPath });
    if (expired) q.set("reason", "timeout");
    redirect(`/${checkedLocale(locale)}/login?${q}`);
  }
  return { user, session };
}

/** The back office is for officers; to anyone else it does not exist. */
export async function requireOfficer(locale: unknown, returnPath: string) {
  const c = await requireUser(locale, returnPath);
  if (c.user.role !== "OFFICER") notFound();
  return c;
}

/** What every 申込 screen and action needs: the procedure, its form, the user, the gate and the draft. */
export async function requireApplyContext(locale: unknown, code: unknown, returnPath: string) {
  const procedure = typeof code === "string" ? findProcedure(code) : undefined;
  if (!procedure) notFound();
  const { user } = await requireUser(locale, returnPath);
  const lang: "ja" | "en" = locale === "ja" ? "ja" : "en";
  const gate = await applyGate(db(), user, procedure.kind);
  // The status chosen first (kept with the draft) picks the form of its 区分.
  const draft = gate === "open" ? await loadDraft(db(), user.id, procedure.code) : null;
  const def = formFor(procedure.code, (draft?.values as Record<string, unknown> | null)?.status);
  return { procedure, name: localized(procedure.name, lang), user, lang, def, gate, draft };
}

type RouteContext<P> = { params: Promise<P> };
type Handler<P> = (request: Request, c: { user: SignedInUser; params: P }) => Promise<Response>;

/**
 * Route handlers: 401 without a login; with `mutation`, 403 unless the browser says the request
 * comes from this site (server actions have Next's own check).
 */
export function withUser<P = Record<string, never>>(handler: Handler<P>, { mutation = false } = {}) {
  return async (request: Request, context: RouteContext<P>) => {
    if (mutation && !isSameOrigin(request)) return Response.json({ reason: "forbidden" }, { status: 403 });
    const { user } = await currentUser();
    if (!user) return Response.json({ reason: "login" }, { status: 401 });
    return handler(request, { user, params: await context.params });
  };
}
