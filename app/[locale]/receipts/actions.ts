"use server";
import { notFound, redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { checkedLocale, requireUser } from "@/app/_server/guards";
import { registerReceipt } from "@/lib/applications/coe";
import { isRecordId } from "@/lib/security/ids";

/** 受領登録する on the confirmation: the owner's own certificate only; a repeat changes nothing. */
export async function registerCertificate(rawLocale: string, id: string) {
  const locale = checkedLocale(rawLocale);
  if (!isRecordId(id)) notFound();
  const { user } = await requireUser(locale, `/${locale}/receipts/${id}`);
  if ((await registerReceipt(db(), user.id, id)) === "notFound") notFound();
  redirect(`/${locale}/receipts?registered=${id}`);
}
