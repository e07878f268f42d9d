"use server";
import { randomBytes } from "node:crypto";
import { chosenFile } from "@/lib/files/body";
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CORRECTION_FLASH_COOKIE, secureCookies } from "@/lib/security/cookies";
import { db } from "@/lib/db/client";
import { checkedLocale, requireUser } from "@/app/_server/guards";
import { ownApplication } from "@/lib/applications/detail";
import {
  correctableAnswers,
  correctionDraftCode,
  correctionRule,
  resubmitCorrection,
} from "@/lib/applications/correction";
import { issuesToErrors } from "@/lib/forms/engine";
import { valuesFromFormData } from "@/lib/forms/formdata";
import { formSchema } from "@/lib/forms/schema";
import { answer } from "@/lib/forms/submission";
import type { FormState, FormValues } from "@/lib/forms/types";
import { addAttachment, draftAttachments, removeDraftAttachment } from "@/lib/files/attachments";
import { fileStore } from "@/lib/files/storage";
import { formFor } from "@/lib/forms/registry";
import { isRecordId } from "@/lib/security/ids";

/** The owner's application, 返却中, with its form; anything else leaves the correction screen. */
async function returned(rawLocale: string, id: string) {
  const locale = checkedLocale(rawLocale);
  if (!isRecordId(id)) notFound();
  const page = `/${locale}/applications/${id}/correct`;
  const { user } = await requireUser(locale, page);
  const app = await ownApplication(db(), user.id, id);
  const def = app && formFor(app.procedureCode, (app.values as Record<string, unknown>).status);
  const rule = def?.attachments;
  if (!app || !def || !rule) notFound();
  if (app.status !== "RETURNED") redirect(`/${locale}/applications/${id}`);
  return { locale, page, user, app, def, rule };
}

/**
 * The correction screen's buttons: 添付する (files and a photo, each checked as on 申込), 削除 of an
 * added file, 再提出する. Only the owner, only while 返却中; the outcome is shown by the page.
 */
export async function correctApplication(rawLocale: string, id: string, formData: FormData) {
  const { locale, page, user, rule } = await returned(rawLocale, id);
  const intent = String(formData.get("intent") ?? "");
  const code = correctionDraftCode(id);
  if (intent === "resubmit") {
    const r = await resubmitCorrection(db(), fileStore(), user.id, id);
    if (r === "noFiles") redirect(`${page}?error=noFiles`);
    redirect(`/${locale}/applications/${id}?done=${r}`);
  }
  // What happened is told by the page after the redirect, through a cookie of this server's
  // making: file names never come from the URL, so a crafted link cannot put words on the page.
  const tell = async (results: string[]) => {
    const nonce = randomBytes(8).toString("hex");
    (await cookies()).set(CORRECTION_FLASH_COOKIE, JSON.stringify({ nonce, id, results }), {
      httpOnly: true,
      sameSite: "strict",
      secure: secureCookies(),
      path: `/${locale}/applications/${id}/correct`,
      maxAge: 300,
    });
    redirect(`${page}?flash=${nonce}`);
  };
  if (intent.startsWith("remove:")) {
    const target = intent.slice(7);
    const mine = (await draftAttachments(db(), user.id, code)).find((f) => f.id === target);
    if (mine && (await removeDraftAttachment(db(), fileStore(), user.id, target))) await tell([`removed:${mine.name}`]);
    redirect(page);
  }
  const results: string[] = [];
  for (const field of ["photo", "files"] as const) {
    if (field === "photo" && !rule.photo) continue;
    for (const entry of formData.getAll(field)) {
      const file = chosenFile(entry);
      if (!file) continue;
      const r = await addAttachment(db(), fileStore(), {
        userId: user.id,
        procedureCode: code,
        rule: await correctionRule(db(), id, rule),
        name: file.name,
        bytes: new Uint8Array(await file.arrayBuffer()),
        kind: field === "photo" ? "PHOTO" : "DOCUMENT",
      });
      results.push(r.ok ? `ok:${r.attachment.name}` : `${r.reason}:${file.name}`);
    }
  }
  if (!results.length) redirect(`${page}?error=noFileChosen`);
  await tell(results);
}

/**
 * 再提出する of a 利用申出: the corrected answers, checked with the same schema as on 申込, and the
 * files added above go back together. Errors come back at the fields; nothing typed is lost.
 */
export async function resubmitAnswers(rawLocale: string, id: string, prev: FormState, formData: FormData) {
  const { locale, user, app, def } = await returned(rawLocale, id);
  const answers = correctableAnswers(app.procedureCode, def);
  if (!answers) notFound();
  const posted = valuesFromFormData(answers, formData);
  const parsed = formSchema(answers).safeParse(posted);
  if (!parsed.success)
    return answer(prev, {
      step: "input",
      values: posted as FormValues,
      errors: issuesToErrors(parsed.error.issues),
    });
  const r = await resubmitCorrection(db(), fileStore(), user.id, id, parsed.data as FormValues);
  if (r === "noChanges") {
    const t = await getTranslations({ locale, namespace: "correct" });
    return answer(prev, { step: "input", values: parsed.data as FormValues, formError: t("noChanges") });
  }
  redirect(`/${locale}/applications/${id}?done=${r}`);
}
