"use server";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client";
import { registrationSchema, validate } from "@/lib/accounts/schemas";
import { completeRegistration } from "@/lib/accounts/registration";
import { kickMailDelivery } from "@/lib/mail/worker";
import type { FormResult } from "@/lib/accounts/forms";
import { checkedLocale } from "@/app/_server/guards";

/** "check" validates for the 利用者登録確認 step; "commit" registers. Both re-validate everything. */
export async function register(rawLocale: string, token: string, values: Record<string, string>, stage: "check" | "commit"): Promise<FormResult> {
  const locale = checkedLocale(rawLocale);
  const v = validate(registrationSchema, values);
  if (!v.ok) return { errors: v.errors };
  if (stage === "check") return {};
  const r = await completeRegistration(db(), token, v.data, locale);
  if (!r.ok) {
    if (r.reason === "emailTaken") return { formError: (await getTranslations({ locale, namespace: "validation" }))("emailTaken") };
    return { formError: (await getTranslations({ locale, namespace: "link" }))(r.reason) };
  }
  kickMailDelivery();
  return { done: true, values: { loginId: r.loginId } };
}
