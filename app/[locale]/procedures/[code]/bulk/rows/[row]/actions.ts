"use server";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { checkedLocale } from "@/app/_server/guards";
import { batchRow, findBatch, updateRow } from "@/lib/bulk/batch";
import { rowProblems } from "@/lib/bulk/read";
import { templateFor } from "@/lib/bulk/templates";
import { normalize } from "@/lib/forms/engine";
import { valuesFromFormData } from "@/lib/forms/formdata";
import { answer } from "@/lib/forms/submission";
import type { FormState } from "@/lib/forms/types";
import { chosenFile } from "@/lib/files/body";
import { addAttachment, draftAttachments, photoRefusal, removeDraftAttachment } from "@/lib/files/attachments";
import { fileStore } from "@/lib/files/storage";
import { rowFilesCode } from "@/lib/bulk/file";
import { bulkContext, bulkPath } from "../../context";
import { rowErrors } from "../../messages";

/**
 * 修正する (§5.3.2): the applicant's answers checked as on upload and kept either way; without
 * problems the results list comes back, otherwise this screen with each message at its field.
 */
export async function saveRow(
  rawLocale: string,
  rawCode: string,
  rowNo: number,
  prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const locale = checkedLocale(rawLocale);
  const c = await bulkContext(locale, rawCode, `/rows/${rowNo}`);
  const results = bulkPath(locale, c.code, "/results");
  const batch = await findBatch(db(), c.user.id, c.code);
  const template = batch && templateFor(c.code, batch.templateKey);
  // A filed batch is not changed any more (the results screen leads to its 一括申請完了).
  if (!template || batch.bulkNo || !(await batchRow(db(), c.user.id, c.code, rowNo))) redirect(results);
  const values = normalize(template.def, valuesFromFormData(template.def, formData));
  const problems = rowProblems(template.def, template, values);
  await updateRow(db(), c.user.id, c.code, rowNo, values, problems);
  if (!problems.length) redirect(`${results}?fixed=${rowNo}`);
  return answer(prev, { step: "input", values, errors: await rowErrors(problems) });
}

/** 顔写真 of one applicant (§5.3.3): checked as on the single screen; the page says what happened. */
export async function attachRowPhoto(rawLocale: string, rawCode: string, rowNo: number, formData: FormData) {
  const locale = checkedLocale(rawLocale);
  const { rule, here, attach } = await rowFiles(locale, rawCode, rowNo);
  const file = chosenFile(formData.get("photo"));
  if (!file) redirect(`${here}?photoError=photoRequired`);
  const r = await attach(file, "PHOTO");
  redirect(r.ok ? `${here}?photo=1` : `${here}?${new URLSearchParams({ photoError: photoRefusal(r.reason, rule) })}`);
}

/** The batch, rule and row an attachment action may change; otherwise back to the results. */
async function rowFiles(locale: string, rawCode: string, rowNo: number) {
  const c = await bulkContext(locale, rawCode, `/rows/${rowNo}`);
  const batch = await findBatch(db(), c.user.id, c.code);
  const template = batch && !batch.bulkNo && templateFor(c.code, batch.templateKey);
  const rule = template && template.def.attachments;
  if (!batch || !rule || !(await batchRow(db(), c.user.id, c.code, rowNo)))
    redirect(bulkPath(locale, c.code, "/results"));
  const here = bulkPath(locale, c.code, `/rows/${rowNo}`);
  const filesCode = rowFilesCode(batch.id, rowNo);
  const attach = async (file: File, kind: "PHOTO" | "DOCUMENT") =>
    addAttachment(db(), fileStore(), {
      userId: c.user.id,
      procedureCode: filesCode,
      rule,
      name: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
      kind,
    });
  return { c, rule, here, filesCode, attach };
}

/** The longest file name said back in the address. */
const NAME_MAX = 120;

/**
 * 資料添付 of one applicant (§5.3.3): PDFs under the rules of a single application; the page says
 * which files were attached and why any was refused.
 */
export async function attachRowDocuments(rawLocale: string, rawCode: string, rowNo: number, formData: FormData) {
  const locale = checkedLocale(rawLocale);
  const { rule, here, attach } = await rowFiles(locale, rawCode, rowNo);
  const files = formData
    .getAll("documents")
    .map(chosenFile)
    .filter((f): f is File => !!f);
  if (!files.length) redirect(`${here}?docsError=noFileChosen#documents-title`);
  const q = new URLSearchParams();
  // One more than the limit is enough to say that the rest is over it.
  for (const file of files.slice(0, rule.maxFiles + 1)) {
    const r = await attach(file, "DOCUMENT");
    const name = file.name.slice(0, NAME_MAX);
    if (r.ok) q.append("added", name);
    else q.append("refused", `${r.reason}:${name}`);
  }
  redirect(`${here}?${q}#documents-title`);
}

/** 削除 of one of the applicant's documents. */
export async function removeRowDocument(rawLocale: string, rawCode: string, rowNo: number, id: string) {
  const locale = checkedLocale(rawLocale);
  const { c, here, filesCode } = await rowFiles(locale, rawCode, rowNo);
  const doc = (await draftAttachments(db(), c.user.id, filesCode)).find((a) => a.id === id && a.kind === "DOCUMENT");
  if (doc) await removeDraftAttachment(db(), fileStore(), c.user.id, doc.id);
  redirect(doc ? `${here}?${new URLSearchParams({ removed: doc.name.slice(0, NAME_MAX) })}#documents-title` : here);
}
