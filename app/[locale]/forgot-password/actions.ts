"use server";
import { db } from "@/lib/db/client";
import { forgotPasswordForm } from "@/lib/accounts/forms";
import { requestPasswordReset } from "@/lib/accounts/recovery";
import { kickMailDelivery } from "@/lib/mail/worker";
import { answer, parseSubmission } from "@/lib/forms/submission";
import type { FormState } from "@/lib/forms/types";
import { checkedLocale } from "@/app/_server/guards";
import { mailThrottleMessage } from "@/app/_server/throttle";

export async function forgotPassword(rawLocale: string, prev: FormState, formData: FormData): Promise<FormState> {
  const locale = checkedLocale(rawLocale);
  const s = parseSubmission(forgotPasswordForm, formData);
  if (!s.ok) return answer(prev, { step: "input", values: s.shown, errors: s.errors });
  const email = String(s.values.email);
  const throttled = await mailThrottleMessage(locale, "forgotPassword", email);
  if (throttled) return answer(prev, { step: "input", values: s.shown, formError: throttled });
  await requestPasswordReset(db(), String(s.values.loginId), email, locale);
  kickMailDelivery();
  return answer(prev, { step: "done" });
}
