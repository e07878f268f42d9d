"use server";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { checkedLocale } from "@/app/_server/guards";
import { chosenFile } from "@/lib/files/body";
import { BULK_MAX_ROWS } from "@/lib/bulk/read";
import { readUpload } from "@/lib/bulk/upload";
import { batchRows, findBatch, replaceBatch } from "@/lib/bulk/batch";
import { discardRowFiles, fileBatch, rowFilesCode, rowOfPhotoName } from "@/lib/bulk/file";
import { templateFor } from "@/lib/bulk/templates";
import { addAttachment } from "@/lib/files/attachments";
import { fileStore } from "@/lib/files/storage";
import { bulkContext, bulkPath } from "./context";

/** How many differing columns the refusal names (the rest are counted on the page). */
const LISTED = 10;

/** アップロードする: the file is read whole; refused, the page says why; read, it replaces the batch. */
export async function uploadBatch(rawLocale: string, rawCode: string, formData: FormData) {
  const locale = checkedLocale(rawLocale);
  const { user, code } = await bulkContext(locale, rawCode, "");
  const here: (q: URLSearchParams) => never = (q) => redirect(`${bulkPath(locale, code)}?${q}`);
  const files = formData
    .getAll("file")
    .map(chosenFile)
    .filter((f): f is File => !!f);
  if (!files.length) here(new URLSearchParams({ error: "required" }));
  const read = await readUpload(code, await Promise.all(files.map(async (f) => new Uint8Array(await f.arrayBuffer()))));
  if (!read.ok) {
    const q = new URLSearchParams({ error: read.reason });
    if (read.reason === "tooManyRows") q.set("rows", String(read.rows));
    if (read.reason === "otherProcedure") q.set("from", read.procedureCode);
    if (read.reason === "partsMissing") for (const sheet of read.sheets) q.append("sheet", sheet);
    if (read.reason === "header") {
      for (const h of read.missing.slice(0, LISTED)) q.append("missing", h);
      for (const h of read.unknown.slice(0, LISTED)) q.append("unknown", h);
    }
    here(q);
  }
  // The applicants' photos of the batch it replaces go with it.
  const old = await findBatch(db(), user.id, code);
  if (old && !old.bulkNo) await discardRowFiles(db(), fileStore(), user.id, old.id);
  await replaceBatch(
    db(),
    user.id,
    code,
    { name: files.map((f) => f.name).join("、"), encoding: read.encoding, templateKey: read.template.key },
    read.rows,
  );
  redirect(bulkPath(locale, code, "/results"));
}

/** 申込む (§5.3.5): every applicant at once, or none; the complete screen gives the 一括申請番号. */
export async function fileBulk(rawLocale: string, rawCode: string) {
  const locale = checkedLocale(rawLocale);
  const { user, code } = await bulkContext(locale, rawCode, "/results");
  const r = await fileBatch(db(), user, code);
  if (r === "missing") redirect(bulkPath(locale, code));
  if (r === "notReady") redirect(bulkPath(locale, code, "/results?error=notReady"));
  redirect(bulkPath(locale, code, `/complete?no=${r.bulkNo}`));
}

/** How many photo names the page lists back (the rest are counted). */
const NAMED = 10;

/**
 * 顔写真をまとめて登録: each chosen JPEG goes to the applicant its file name names, with the same
 * checks as one by one; the page says how many were attached and which names matched nobody.
 */
export async function attachPhotos(rawLocale: string, rawCode: string, formData: FormData) {
  const locale = checkedLocale(rawLocale);
  const { user, code } = await bulkContext(locale, rawCode, "/results");
  const results = bulkPath(locale, code, "/results");
  const batch = await findBatch(db(), user.id, code);
  const rule = batch && !batch.bulkNo ? templateFor(code, batch.templateKey)?.def.attachments : undefined;
  if (!batch || !rule) redirect(results);
  const files = formData
    .getAll("photos")
    .map(chosenFile)
    .filter((f): f is File => !!f);
  if (!files.length) redirect(`${results}?photosError=none`);
  const { rows } = await batchRows(db(), batch.id, { take: BULK_MAX_ROWS });
  const who = rows.map((r) => ({ rowNo: r.rowNo, passport: String(r.values.passportNumber ?? "") }));
  const q = new URLSearchParams();
  let attached = 0;
  for (const f of files) {
    const rowNo = rowOfPhotoName(f.name, who);
    const r =
      rowNo &&
      (await addAttachment(db(), fileStore(), {
        userId: user.id,
        procedureCode: rowFilesCode(batch.id, rowNo),
        rule,
        name: f.name,
        bytes: new Uint8Array(await f.arrayBuffer()),
        kind: "PHOTO",
      }));
    if (r && r.ok) attached++;
    else if (q.getAll(rowNo ? "refused" : "unmatched").length < NAMED)
      q.append(rowNo ? "refused" : "unmatched", f.name);
  }
  q.set("attached", String(attached));
  q.set("sent", String(files.length));
  redirect(`${results}?${q}`);
}
