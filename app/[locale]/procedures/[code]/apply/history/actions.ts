"use server";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { checkedLocale } from "@/app/_server/guards";
import { keepDraft } from "@/lib/applications/drafts";
import { pastApplication } from "@/lib/applications/history";
import { reuseAnswers } from "@/lib/applications/reuse";
import type { FormValues } from "@/lib/forms/types";
import { isRecordId } from "@/lib/security/ids";
import { applyContext, applyPath } from "../context";

/** 選択: the past application's answers fill the form; the 申込 screen says what was filled. */
export async function reuseApplication(rawLocale: string, rawCode: string, id: unknown) {
  const locale = checkedLocale(rawLocale);
  const c = await applyContext(locale, rawCode, "/apply/history");
  const code = c.procedure.code;
  if (c.gate !== "open" || !c.def) redirect(applyPath(locale, code));
  const past = isRecordId(id) ? await pastApplication(db(), c.user.id, code, id) : null;
  if (!past) redirect(applyPath(locale, code, "/history?error=notFound"));
  const reused = reuseAnswers(past, { procedureCode: code, current: (c.draft?.values ?? {}) as FormValues });
  if (!reused) redirect(applyPath(locale, code, "/history?error=notFound"));
  await keepDraft(db(), c.user.id, code, reused.values);
  redirect(applyPath(locale, code, `?reused=${past.id}`));
}
