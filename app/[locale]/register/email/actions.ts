"use server";
import { db } from "@/lib/db/client";
import { emailPairForm } from "@/lib/accounts/forms";
import { requestRegistration } from "@/lib/accounts/registration";
import { kickMailDelivery } from "@/lib/mail/worker";
import { answer, parseSubmission } from "@/lib/forms/submission";
import type { FormState } from "@/lib/forms/types";
import { checkedLocale } from "@/app/_server/guards";
import { mailThrottleMessage } from "@/app/_server/throttle";

export async function registerEmail(rawLocale: string, prev: FormState, formData: FormData): Promise<FormState> {
  const locale = checkedLocale(rawLocale);
  const s = parseSubmission(emailPairForm, formData);
  if (!s.ok) return answer(prev, { step: "input", values: s.shown, errors: s.errors });
  const email = String(s.values.email);
  const throttled = await mailThrottleMessage(locale, "register", email);
  if (throttled) return answer(prev, { step: "input", values: s.shown, formError: throttled });
  await requestRegistration(db(), email, locale);
  kickMailDelivery();
  return answer(prev, { step: "done" });
}
