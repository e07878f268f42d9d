"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { checkedLocale } from "@/app/_server/guards";
import { checkAndSaveDraft, keepDraft } from "@/lib/applications/drafts";
import { submitDraft } from "@/lib/applications/submit";
import { addAttachment, draftAttachments, removeDraftAttachment } from "@/lib/files/attachments";
import { fileStore } from "@/lib/files/storage";
import { message } from "@/lib/forms/engine";
import { intentOf, valuesFromFormData } from "@/lib/forms/formdata";
import { applyRowIntent } from "@/lib/forms/rows";
import { answer } from "@/lib/forms/submission";
import type { FormState, FormValues } from "@/lib/forms/types";
import { isRecordId } from "@/lib/security/ids";
import { PASSWORD_FLASH_COOKIE, secureCookies } from "@/lib/security/cookies";
import { applyContext, applyPath } from "./context";

/** The gate of the page holds for its actions too: a forged post gets no further than the page. */
async function allowed(locale: string, code: string) {
  const c = await applyContext(locale, code, "/apply");
  if (c.gate !== "open" || !c.def) redirect(applyPath(locale, c.procedure.code));
  return { ...c, def: c.def, code: c.procedure.code };
}

/**
 * 確認へ進む (and, without JavaScript, 添付する / 削除 and a group's +追加する / 削除): files sent with the form are attached with
 * the same checks as the upload route; the answers are kept as a draft either way, checked with
 * the same schema as in the browser, and a passing draft goes on to 申込確認.
 */
export async function saveDraft(
  rawLocale: string,
  rawCode: string,
  prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const locale = checkedLocale(rawLocale);
  const { user, def, code } = await allowed(locale, rawCode);
  const intent = intentOf(formData);
  const notices: NonNullable<FormState["notices"]> = [];
  const removing = intent.startsWith("removeFile:") ? intent.slice(11) : "";
  if (def.attachments) {
    for (const file of formData.getAll("files")) {
      if (!(file instanceof File) || (file.size === 0 && !file.name)) continue;
      const r = await addAttachment(db(), fileStore(), {
        userId: user.id,
        procedureCode: code,
        rule: def.attachments,
        name: file.name,
        bytes: new Uint8Array(await file.arrayBuffer()),
      });
      notices.push(
        r.ok
          ? { error: false, message: message("uploaded", { name: r.attachment.name }) }
          : { error: true, message: message(`refusal_${r.reason}`, { name: file.name }) },
      );
    }
    if (isRecordId(removing)) {
      const gone = (await draftAttachments(db(), user.id, code)).find((f) => f.id === removing);
      if (gone && (await removeDraftAttachment(db(), fileStore(), user.id, removing)))
        notices.push({ error: false, message: message("removed", { name: gone.name }) });
    }
  }
  const raw = valuesFromFormData(def, formData);
  const input = (values: Record<string, unknown>, more: Partial<FormState> = {}) =>
    draftAttachments(db(), user.id, code).then((files) =>
      answer(prev, { step: "input", values: values as FormValues, files, notices, ...more }),
    );
  // 添付する, a file's 削除, a group's +追加する / 削除: the answers are kept as they are, unchecked.
  const rows = applyRowIntent(def, intent, raw);
  if (rows || intent === "attach" || removing) {
    await keepDraft(db(), user.id, code, rows?.values ?? raw);
    return input(rows?.values ?? raw, { focus: rows?.focus });
  }
  const result = await checkAndSaveDraft(db(), def, user.id, code, raw);
  if (!result.ok) return input(raw, { errors: result.errors });
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
      httpOnly: true,
      sameSite: "strict",
      secure: secureCookies(),
      path: "/",
      maxAge: 15 * 60,
    });
  }
  redirect(applyPath(locale, code, `/complete?ref=${result.referenceNo}`));
}
