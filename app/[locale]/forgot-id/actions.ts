"use server";
import { db } from "@/lib/db/client";
import { forgotIdSchema, validate } from "@/lib/accounts/schemas";
import { requestLoginIdReminder } from "@/lib/accounts/recovery";
import { kickMailDelivery } from "@/lib/mail/worker";
import type { FormResult } from "@/lib/accounts/forms";

export async function forgotId(values: Record<string, string>): Promise<FormResult> {
  const v = validate(forgotIdSchema, values);
  if (!v.ok) return { errors: v.errors };
  await requestLoginIdReminder(db(), v.data.email, v.data.nameRoman);
  kickMailDelivery();
  return { done: true };
}
