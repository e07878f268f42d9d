"use server";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { checkedLocale } from "@/app/_server/guards";
import { keepDraft } from "@/lib/applications/drafts";
import { findLoadedFile, keepLoadedFile, markLoaded, readSavedFile } from "@/lib/applications/saved-file";
import { isRecordId } from "@/lib/security/ids";
import { chosenFile } from "@/lib/files/body";
import { applyContext, applyPath } from "../context";

async function allowed(locale: string, code: string) {
  const c = await applyContext(locale, code, "/apply/load");
  if (c.gate !== "open" || !c.def) redirect(applyPath(locale, c.procedure.code));
  return { user: c.user, code: c.procedure.code };
}

/** 確認へ進む on ファイル読込: the file is read and checked; a refused file says why on the page. */
export async function readFile(rawLocale: string, rawCode: string, formData: FormData) {
  const locale = checkedLocale(rawLocale);
  const { user, code } = await allowed(locale, rawCode);
  const here: (q: string) => never = (q) => redirect(applyPath(locale, code, `/load?${q}`));
  const f = chosenFile(formData.get("file"));
  if (!f) here("error=required");
  const read = readSavedFile(code, new Uint8Array(await f.arrayBuffer()));
  if (!read.ok)
    here(
      new URLSearchParams({
        error: read.reason,
        ...(read.procedureCode ? { from: read.procedureCode } : {}),
      }).toString(),
    );
  else here(`file=${await keepLoadedFile(db(), user.id, code, f.name, read)}`);
}

/** 読込む: the file's answers become the draft (attachments stay); the 申込 screen says what came in. */
export async function loadFile(rawLocale: string, rawCode: string, id: unknown) {
  const locale = checkedLocale(rawLocale);
  const { user, code } = await allowed(locale, rawCode);
  const view = isRecordId(id) ? await findLoadedFile(db(), user.id, code, id) : null;
  if (!view) redirect(applyPath(locale, code, "/load?error=expired"));
  if (await markLoaded(db(), user.id, view.id)) await keepDraft(db(), user.id, code, view.values);
  redirect(applyPath(locale, code, `?loaded=${view.id}`));
}
