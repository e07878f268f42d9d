"use server";
import { notFound, redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { checkedLocale, requireOfficer } from "@/app/_server/guards";
import { approveUsage, returnUsage } from "@/lib/applications/review";
import { moveApplication } from "@/lib/applications/officer";
import { isRecordId } from "@/lib/security/ids";
import { plainText } from "@/lib/validation/rules";

async function decisionContext(locale: unknown, id: unknown) {
  const l = checkedLocale(locale);
  if (!isRecordId(id)) notFound();
  const { user } = await requireOfficer(l, `/${l}/admin/applications/${id}`);
  return { l, id, user, page: `/${l}/admin/applications/${id}` };
}

export async function approve(locale: string, id: string) {
  const c = await decisionContext(locale, id);
  const r = await approveUsage(db(), c.user.id, c.id);
  redirect(`${c.page}?done=${r}`);
}

export async function sendBack(locale: string, id: string, formData: FormData) {
  const c = await decisionContext(locale, id);
  const raw = formData.get("message");
  const message = typeof raw === "string" ? plainText(raw.replace(/\r\n?/g, "\n"), 5000).trim() : "";
  if (!message || [...message].length > 1000) redirect(`${c.page}?error=${message ? "long" : "empty"}#return-message`);
  const r = await returnUsage(db(), c.user.id, c.id, message);
  redirect(`${c.page}?done=${r}`);
}

/** A residence application moved on (審査中, 返却中, 発行待ち, 完了, 完了(不許可)) from the state the officer saw. */
export async function moveOn(locale: string, id: string, formData: FormData) {
  const c = await decisionContext(locale, id);
  const field = (k: string) => (typeof formData.get(k) === "string" ? String(formData.get(k)) : "");
  const message = plainText(field("message").replace(/\r\n?/g, "\n"), 5000).trim();
  const to = field("to");
  const r = await moveApplication(db(), c.user.id, c.id, { from: field("from"), to, message });
  if (r === "messageRequired") redirect(`${c.page}?error=empty#move-message`);
  if (r === "messageTooLong") redirect(`${c.page}?error=long#move-message`);
  redirect(`${c.page}?done=${r}${r === "moved" ? `&to=${encodeURIComponent(to)}` : ""}`);
}
