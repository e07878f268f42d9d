"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { currentSession } from "@/app/_server/session";
import { findProcedure, localized } from "@/lib/procedures/search";
import { formFor } from "@/lib/forms/registry";
import { mayApply } from "@/lib/applications/gate";
import { checkAndSaveDraft } from "@/lib/applications/drafts";
import { submitDraft } from "@/lib/applications/submit";
import type { FormValues } from "@/lib/forms/types";
import { PASSWORD_FLASH_COOKIE, secureCookies } from "@/lib/security/cookies";
import { applyPath } from "./context";

async function allowed(locale: string, code: string) {
  const { session } = await currentSession();
  if (!session) redirect(`/${locale}/login?reason=timeout&next=${encodeURIComponent(applyPath(locale, code))}`);
  const procedure = findProcedure(code);
  const def = formFor(code);
  if (!procedure || !def) redirect(`/${locale}/procedures`);
  const user = await db().user.findUniqueOrThrow({ where: { id: session.user.id } });
  if (!(await mayApply(db(), user, procedure.kind))) redirect(applyPath(locale, code));
  return { user, procedure, def };
}

/** 確認へ進む: checked again here with the same schema; the draft keeps what was typed either way. */
export async function saveDraft(locale: string, code: string, values: FormValues) {
  const { user, def } = await allowed(locale, code);
  const input = values && typeof values === "object" && !Array.isArray(values) && JSON.stringify(values).length < 200_000 ? values : {};
  const result = await checkAndSaveDraft(db(), def, user.id, code, input);
  if (!result.ok) return { errors: result.errors };
  redirect(applyPath(locale, code, "/confirm"));
}

/** 申込む (after the 整理番号・パスワード notice). Idempotent: the draft id is the submission key. */
export async function submitApplication(locale: string, code: string, formData: FormData) {
  const { user, procedure, def } = await allowed(locale, code);
  const draftId = String(formData.get("draftId") ?? "");
  const result = await submitDraft(db(), def, user, { code, name: localized(procedure.name, locale === "ja" ? "ja" : "en") }, draftId, locale);
  if (result === "missing") redirect(applyPath(locale, code));
  if (result === "invalid") redirect(applyPath(locale, code, "?check=1"));
  if (result.password) {
    // Shown once on 申込完了 (it is also mailed); only its hash is stored.
    (await cookies()).set(PASSWORD_FLASH_COOKIE, JSON.stringify({ ref: result.referenceNo, pw: result.password }), {
      httpOnly: true, sameSite: "strict", secure: secureCookies(), path: "/", maxAge: 15 * 60,
    });
  }
  redirect(applyPath(locale, code, `/complete?ref=${result.referenceNo}`));
}
