"use server";
import { db } from "@/lib/db/client";
import { forgotPasswordSchema, validate } from "@/lib/accounts/schemas";
import { requestPasswordReset } from "@/lib/accounts/recovery";
import { kickMailDelivery } from "@/lib/mail/worker";
import type { FormResult } from "@/lib/accounts/forms";
import { checkedLocale } from "@/app/_server/guards";
import { mailThrottleMessage } from "@/app/_server/throttle";

export async function forgotPassword(rawLocale: string, values: Record<string, string>): Promise<FormResult> {
  const v = validate(forgotPasswordSchema, values);
  if (!v.ok) return { errors: v.errors };
  const locale = checkedLocale(rawLocale);
  const throttled = await mailThrottleMessage(locale, "forgotPassword", v.data.email);
  if (throttled) return { formError: throttled };
  await requestPasswordReset(db(), v.data.loginId, v.data.email, locale);
  kickMailDelivery();
  return { done: true };
}
