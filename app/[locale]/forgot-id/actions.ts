"use server";
import { db } from "@/lib/db/client";
import { forgotIdSchema, validate } from "@/lib/accounts/schemas";
import { requestLoginIdReminder } from "@/lib/accounts/recovery";
import { kickMailDelivery } from "@/lib/mail/worker";
import type { FormResult } from "@/lib/accounts/forms";
import { checkedLocale } from "@/app/_server/guards";
import { mailThrottleMessage } from "@/app/_server/throttle";

export async function forgotId(locale: string, values: Record<string, string>): Promise<FormResult> {
  const v = validate(forgotIdSchema, values);
  if (!v.ok) return { errors: v.errors };
  const throttled = await mailThrottleMessage(checkedLocale(locale), "forgotId", v.data.email);
  if (throttled) return { formError: throttled };
  await requestLoginIdReminder(db(), v.data.email, v.data.nameRoman);
  kickMailDelivery();
  return { done: true };
}
