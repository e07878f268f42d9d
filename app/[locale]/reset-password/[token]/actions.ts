"use server";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client";
import { resetPasswordForm } from "@/lib/accounts/forms";
import { resetPassword } from "@/lib/accounts/recovery";
import { kickMailDelivery } from "@/lib/mail/worker";
import { answer, parseSubmission } from "@/lib/forms/submission";
import type { FormState } from "@/lib/forms/types";
import { checkedLocale } from "@/app/_server/guards";

export async function reset(rawLocale: string, token: string, prev: FormState, formData: FormData): Promise<FormState> {
  const locale = checkedLocale(rawLocale);
  const s = parseSubmission(resetPasswordForm, formData);
  if (!s.ok) return answer(prev, { step: "input", values: s.shown, errors: s.errors });
  const r = await resetPassword(db(), String(token), String(s.values.password));
  if (!r.ok)
    return answer(prev, { step: "input", formError: (await getTranslations({ locale, namespace: "link" }))(r.reason) });
  kickMailDelivery();
  redirect(`/${locale}/login?reason=reset`);
}
