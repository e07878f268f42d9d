"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { checkedLocale } from "@/app/_server/guards";
import { checkAndSaveDraft, checkAndSaveStep, keepDraft, loadDraft, stepToFix } from "@/lib/applications/drafts";
import { submitDraft } from "@/lib/applications/submit";
import { RECEIPT_CHANGE, receiptChangeProblems } from "@/lib/applications/receipt-change";
import { addAttachment, draftAttachments, removeDraftAttachment, photoRefusal } from "@/lib/files/attachments";
import { fileStore } from "@/lib/files/storage";
import { chosenFile } from "@/lib/files/body";
import { issuesToErrors, message, normalize } from "@/lib/forms/engine";
import { profilePrefill } from "@/lib/applications/prefill";
import { intentOf, valuesFromFormData } from "@/lib/forms/formdata";
import { applyRowIntent } from "@/lib/forms/rows";
import { formSchema } from "@/lib/forms/schema";
import { findStep, mergeStep, neighbourStep, stepForm } from "@/lib/forms/steps";
import { formFor, statusChoiceForm } from "@/lib/forms/registry";
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
 * 確認へ進む, or 次へ on a form in steps (and, without JavaScript, 添付する / 削除, a group's +追加する /
 * 削除 and the step list): files sent with the form are attached with the same checks as the upload
 * route; the answers are kept as a draft either way, checked with the same schema as in the
 * browser, and a passing draft (or step) goes on.
 */
export async function saveDraft(
  rawLocale: string,
  rawCode: string,
  rawStep: string,
  prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const locale = checkedLocale(rawLocale);
  const { user, def, code } = await allowed(locale, rawCode);
  const step = findStep(def, rawStep);
  if (def.steps && !step) redirect(applyPath(locale, code));
  const shown = step ? stepForm(def, step) : def;
  const intent = intentOf(formData);
  const notices: NonNullable<FormState["notices"]> = [];
  const removing = intent.startsWith("removeFile:") ? intent.slice(11) : "";
  const photoErrors: string[] = [];
  if (def.attachments && shown.attachments) {
    const rule = def.attachments;
    // The files chosen in a field of the form (without JavaScript, or a photo), each checked on its own.
    const attachFrom = async (field: "files" | "photo") => {
      const results = [];
      for (const entry of formData.getAll(field)) {
        const file = chosenFile(entry);
        if (!file) continue;
        const bytes = new Uint8Array(await file.arrayBuffer());
        const kind = field === "photo" ? ("PHOTO" as const) : ("DOCUMENT" as const);
        const r = await addAttachment(db(), fileStore(), {
          userId: user.id,
          procedureCode: code,
          rule,
          name: file.name,
          bytes,
          kind,
        });
        results.push({ name: file.name, r });
      }
      return results;
    };
    for (const { name, r } of await attachFrom("files"))
      notices.push(
        r.ok
          ? { error: false, message: message("uploaded", { name: r.attachment.name }) }
          : { error: true, message: message(`refusal_${r.reason}`, { name }) },
      );
    if (rule.photo)
      for (const { r } of await attachFrom("photo")) {
        if (r.ok) notices.push({ error: false, message: message("uploaded", { name: r.attachment.name }) });
        else photoErrors.push(photoRefusal(r.reason, rule));
      }
    if (isRecordId(removing)) {
      const gone = (await draftAttachments(db(), user.id, code)).find((f) => f.id === removing);
      if (gone && (await removeDraftAttachment(db(), fileStore(), user.id, removing)))
        notices.push({ error: false, message: message("removed", { name: gone.name }) });
    }
  }
  const posted = valuesFromFormData(shown, formData);
  const saved = step ? (((await loadDraft(db(), user.id, code))?.values ?? {}) as Record<string, unknown>) : {};
  const input = (values: Record<string, unknown>, more: Partial<FormState> = {}) =>
    draftAttachments(db(), user.id, code).then((files) =>
      answer(prev, { step: "input", values: values as FormValues, files, notices, ...more }),
    );
  // 添付する, a file's 削除, a group's +追加する / 削除: the answers are kept as they are, unchecked.
  const rows = applyRowIntent(shown, intent, posted);
  const refused = photoErrors.length ? { errors: { photo: photoErrors } } : {};
  if (rows || intent === "attach" || intent === "attachPhoto" || removing || photoErrors.length) {
    const all = step ? mergeStep(shown, saved, rows?.values ?? posted) : (rows?.values ?? posted);
    await keepDraft(db(), user.id, code, all);
    return input(all, { focus: rows?.focus, ...refused });
  }
  if (!step) {
    const result = await checkAndSaveDraft(db(), def, user.id, code, posted);
    if (!result.ok) return input(posted, { errors: result.errors });
    if (code === RECEIPT_CHANGE) {
      const problems = await receiptChangeProblems(db(), user.id, result.values);
      if (Object.keys(problems).length) return input(result.values, { errors: problems });
    }
    redirect(applyPath(locale, code, "/confirm"));
  }
  const all = mergeStep(shown, saved, posted);
  // 前へ and the step list move without checking: what was typed is kept for later.
  const goTo = intent.startsWith("goto:") ? findStep(def, intent.slice(5)) : null;
  if (goTo) {
    await keepDraft(db(), user.id, code, all);
    redirect(applyPath(locale, code, `?step=${goTo.id}`));
  }
  const result = await checkAndSaveStep(db(), def, step, user.id, code, all);
  if (!result.ok) return input(all, { errors: result.errors });
  const next = neighbourStep(def, step.id, 1);
  if (next) redirect(applyPath(locale, code, `?step=${next.id}`));
  const firstToFix = await stepToFix(db(), def, user.id, code);
  redirect(applyPath(locale, code, firstToFix ? `?step=${firstToFix}&check=1` : "/confirm"));
}

/**
 * 入力へ進む after 希望する在留資格. Choosing another status than the draft's starts a new draft (the
 * page warned that typed answers are lost); the same status keeps everything.
 */
export async function chooseStatus(
  rawLocale: string,
  rawCode: string,
  prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const locale = checkedLocale(rawLocale);
  const { user, def, code } = await allowed(locale, rawCode);
  const choice = statusChoiceForm(def);
  if (!choice) redirect(applyPath(locale, code));
  const posted = valuesFromFormData(choice, formData);
  const parsed = formSchema(choice).safeParse(posted);
  if (!parsed.success)
    return answer(prev, { step: "input", values: posted as FormValues, errors: issuesToErrors(parsed.error.issues) });
  const saved = ((await loadDraft(db(), user.id, code))?.values ?? {}) as Record<string, unknown>;
  const chosen = formFor(code, parsed.data.status) ?? def;
  // Answers filled before any status was chosen (from a past application or a file) are kept.
  const start = !saved.status && Object.keys(saved).length ? saved : profilePrefill(user);
  const fresh = { ...normalize(chosen, start), status: parsed.data.status };
  await keepDraft(db(), user.id, code, saved.status === parsed.data.status ? saved : fresh);
  redirect(applyPath(locale, code, `?step=${chosen.steps?.[0]?.id ?? ""}`));
}

/** 申込む (after the 整理番号・パスワード notice). Idempotent: the draft id is the submission key. */
export async function submitApplication(rawLocale: string, rawCode: string, formData: FormData) {
  const locale = checkedLocale(rawLocale);
  const { user, def, code, name, procedure } = await allowed(locale, rawCode);
  const draftId = formData.get("draftId");
  if (!isRecordId(draftId)) redirect(applyPath(locale, code));
  const result = await submitDraft(
    db(),
    def,
    user,
    // 定期報告 gets its 受付番号 by mail as residence applications do (§6.2).
    { code, name, residence: procedure.kind === "single" || procedure.kind === "periodicReport" },
    draftId,
    locale,
  );
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
