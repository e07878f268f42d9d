"use server";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client";
import { resetPasswordSchema, validate } from "@/lib/accounts/schemas";
import { resetPassword } from "@/lib/accounts/recovery";
import { kickMailDelivery } from "@/lib/mail/worker";
import type { FormResult } from "@/lib/accounts/forms";
import { checkedLocale } from "@/app/_server/guards";

export async function reset(rawLocale: string, token: string, values: Record<string, string>): Promise<FormResult> {
  const locale = checkedLocale(rawLocale);
  const v = validate(resetPasswordSchema, values);
  if (!v.ok) return { errors: v.errors };
  const r = await resetPassword(db(), token, v.data.password);
  if (!r.ok) {
    const t = await getTranslations({ locale, namespace: "link" });
    return { formError: t(r.reason) };
  }
  kickMailDelivery();
  redirect(`/${locale}/login?reason=reset`);
}
