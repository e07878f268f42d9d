"use server";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client";
import { currentSession } from "@/app/_server/session";
import { changePasswordSchema, emailPairSchema, profileEditSchema, validate } from "@/lib/accounts/schemas";
import { changePassword, requestEmailChange, updateProfile } from "@/lib/accounts/profile";
import { kickMailDelivery } from "@/lib/mail/worker";
import type { FormResult } from "@/lib/accounts/forms";

async function sessionOrError(locale: string) {
  const { session } = await currentSession();
  return session ?? { formError: (await getTranslations({ locale, namespace: "login" }))("timedOut") };
}

export async function changeEmail(locale: string, values: Record<string, string>): Promise<FormResult> {
  const s = await sessionOrError(locale);
  if ("formError" in s) return s;
  const v = validate(emailPairSchema, values);
  if (!v.ok) return { errors: v.errors };
  const r = await requestEmailChange(db(), s.user.id, v.data.email, locale);
  if (!r.ok) return { errors: { email: ["emailTaken"] } };
  kickMailDelivery();
  return { done: true };
}

export async function changeOwnPassword(locale: string, values: Record<string, string>): Promise<FormResult> {
  const s = await sessionOrError(locale);
  if ("formError" in s) return s;
  const v = validate(changePasswordSchema, values);
  if (!v.ok) return { errors: v.errors };
  const r = await changePassword(db(), s.user.id, s.id, v.data.currentPassword, v.data.password);
  if (!r.ok) return { errors: { currentPassword: ["currentPassword"] } };
  kickMailDelivery();
  return { done: true };
}

export async function editProfile(locale: string, values: Record<string, string>, stage: "check" | "commit"): Promise<FormResult> {
  const s = await sessionOrError(locale);
  if ("formError" in s) return s;
  const v = validate(profileEditSchema, values);
  if (!v.ok) return { errors: v.errors };
  if (stage === "check") return {};
  await updateProfile(db(), s.user.id, v.data);
  kickMailDelivery();
  return { done: true };
}
