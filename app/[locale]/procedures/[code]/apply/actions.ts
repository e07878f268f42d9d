"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { checkedLocale } from "@/app/_server/guards";
import { checkAndSaveDraft } from "@/lib/applications/drafts";
import { submitDraft } from "@/lib/applications/submit";
import type { FormValues } from "@/lib/forms/types";
import { isRecordId } from "@/lib/security/ids";
import { PASSWORD_FLASH_COOKIE, secureCookies } from "@/lib/security/cookies";
import { applyContext, applyPath } from "./context";

/** The gate of the page holds for its actions too: a forged post gets no further than the page. */
async function allowed(locale: string, code: string) {
  const c = await applyContext(locale, code, "/apply");
  if (c.gate !== "open" || !c.def) redirect(applyPath(locale, c.procedure.code));
  return { ...c, def: c.def, code: c.procedure.code };
}

/** 確認へ進む: checked again here with the same schema; the draft keeps what was typed either way. */
export async function saveDraft(rawLocale: string, rawCode: string, values: FormValues) {
  const locale = checkedLocale(rawLocale);
  const { user, def, code } = await allowed(locale, rawCode);
  const input = values && typeof values === "object" && !Array.isArray(values) && JSON.stringify(values).length < 200_000 ? values : {};
  const result = await checkAndSaveDraft(db(), def, user.id, code, input);
  if (!result.ok) return { errors: result.errors };
  redirect(applyPath(locale, code, "/confirm"));
}

/** 申込む (after the 整理番号・パスワード notice). Idempotent: the draft id is the submission key. */
export async function submitApplication(rawLocale: string, rawCode: string, formData: FormData) {
  const locale = checkedLocale(rawLocale);
  const { user, def, code, name } = await allowed(locale, rawCode);
  const draftId = formData.get("draftId");
  if (!isRecordId(draftId)) redirect(applyPath(locale, code));
  const result = await submitDraft(db(), def, user, { code, name }, draftId, locale);
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
