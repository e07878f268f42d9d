import { notFound } from "next/navigation";
import { db } from "@/lib/db/client";
import { requireSession } from "@/app/_server/session";
import { findProcedure, localized } from "@/lib/procedures/search";
import { formFor } from "@/lib/forms/registry";
import { mayApply } from "@/lib/applications/gate";

/** What every 申込 screen needs: the procedure, its form, the user, and whether the gate is open. */
export async function applyContext(locale: string, code: string, path: string) {
  const procedure = findProcedure(code);
  if (!procedure) notFound();
  const session = await requireSession(locale, `/${locale}/procedures/${code}${path}`);
  const user = await db().user.findUniqueOrThrow({ where: { id: session.user.id } });
  const lang: "ja" | "en" = locale === "ja" ? "ja" : "en";
  const gateOpen = await mayApply(db(), user, procedure.kind);
  return { procedure, name: localized(procedure.name, lang), user, lang, def: formFor(code), gateOpen };
}

export const applyPath = (locale: string, code: string, step = "") => `/${locale}/procedures/${code}/apply${step}`;
