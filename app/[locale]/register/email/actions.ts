"use server";
import { db } from "@/lib/db/client";
import { emailPairSchema, validate } from "@/lib/accounts/schemas";
import { requestRegistration } from "@/lib/accounts/registration";
import { kickMailDelivery } from "@/lib/mail/worker";
import type { FormResult } from "@/lib/accounts/forms";

export async function registerEmail(locale: string, values: Record<string, string>): Promise<FormResult> {
  const v = validate(emailPairSchema, values);
  if (!v.ok) return { errors: v.errors };
  await requestRegistration(db(), v.data.email, locale);
  kickMailDelivery();
  return { done: true };
}
