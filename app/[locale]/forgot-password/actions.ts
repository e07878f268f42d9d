"use server";
import { db } from "@/lib/db/client";
import { forgotPasswordSchema, validate } from "@/lib/accounts/schemas";
import { requestPasswordReset } from "@/lib/accounts/recovery";
import { kickMailDelivery } from "@/lib/mail/worker";
import type { FormResult } from "@/lib/accounts/forms";

export async function forgotPassword(locale: string, values: Record<string, string>): Promise<FormResult> {
  const v = validate(forgotPasswordSchema, values);
  if (!v.ok) return { errors: v.errors };
  await requestPasswordReset(db(), v.data.loginId, v.data.email, locale);
  kickMailDelivery();
  return { done: true };
}
