"use server";
import { db } from "@/lib/db/client";
import { forgotIdForm } from "@/lib/accounts/forms";
import { requestLoginIdReminder } from "@/lib/accounts/recovery";
import { kickMailDelivery } from "@/lib/mail/worker";
import { answer, parseSubmission } from "@/lib/forms/submission";
import type { FormState } from "@/lib/forms/types";
import { checkedLocale } from "@/app/_server/guards";
import { mailThrottleMessage } from "@/app/_server/throttle";

export async function forgotId(rawLocale: string, prev: FormState, formData: FormData): Promise<FormState> {
  const s = parseSubmission(forgotIdForm, formData);
  if (!s.ok) return answer(prev, { step: "input", values: s.shown, errors: s.errors });
  const email = String(s.values.email);
  const throttled = await mailThrottleMessage(checkedLocale(rawLocale), "forgotId", email);
  if (throttled) return answer(prev, { step: "input", values: s.shown, formError: throttled });
  await requestLoginIdReminder(db(), email, String(s.values.nameRoman));
  kickMailDelivery();
  return answer(prev, { step: "done" });
}
