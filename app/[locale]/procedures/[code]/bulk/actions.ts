"use server";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { checkedLocale } from "@/app/_server/guards";
import { chosenFile } from "@/lib/files/body";
import { readBulkFile } from "@/lib/bulk/read";
import { findBatch, replaceBatch } from "@/lib/bulk/batch";
import { discardRowFiles, fileBatch } from "@/lib/bulk/file";
import { fileStore } from "@/lib/files/storage";
import { bulkContext, bulkPath } from "./context";

/** How many differing columns the refusal names (the rest are counted on the page). */
const LISTED = 10;

/** アップロードする: the file is read whole; refused, the page says why; read, it replaces the batch. */
export async function uploadBatch(rawLocale: string, rawCode: string, formData: FormData) {
  const locale = checkedLocale(rawLocale);
  const { user, code } = await bulkContext(locale, rawCode, "");
  const here: (q: URLSearchParams) => never = (q) => redirect(`${bulkPath(locale, code)}?${q}`);
  const file = chosenFile(formData.get("file"));
  if (!file) here(new URLSearchParams({ error: "required" }));
  const read = readBulkFile(code, new Uint8Array(await file.arrayBuffer()));
  if (!read.ok) {
    const q = new URLSearchParams({ error: read.reason });
    if (read.reason === "tooManyRows") q.set("rows", String(read.rows));
    if (read.reason === "otherProcedure") q.set("from", read.procedureCode);
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
    { name: file.name, encoding: read.encoding, templateKey: read.template.key },
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
