"use server";
import { db } from "@/lib/db/client";
import { emailPairSchema, validate } from "@/lib/accounts/schemas";
import { requestRegistration } from "@/lib/accounts/registration";
import { kickMailDelivery } from "@/lib/mail/worker";
import type { FormResult } from "@/lib/accounts/forms";
import { checkedLocale } from "@/app/_server/guards";
import { mailThrottleMessage } from "@/app/_server/throttle";

export async function registerEmail(rawLocale: string, values: Record<string, string>): Promise<FormResult> {
  const v = validate(emailPairSchema, values);
  if (!v.ok) return { errors: v.errors };
  const locale = checkedLocale(rawLocale);
  const throttled = await mailThrottleMessage(locale, "register", v.data.email);
  if (throttled) return { formError: throttled };
  await requestRegistration(db(), v.data.email, locale);
  kickMailDelivery();
  return { done: true };
}
