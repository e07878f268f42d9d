"use server";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client";
import { checkedLocale, currentUser } from "@/app/_server/guards";
import { mailThrottleMessage } from "@/app/_server/throttle";
import { changePasswordSchema, emailPairSchema, profileEditSchema, validate } from "@/lib/accounts/schemas";
import { changePassword, requestEmailChange, updateProfile } from "@/lib/accounts/profile";
import { kickMailDelivery } from "@/lib/mail/worker";
import type { FormResult } from "@/lib/accounts/forms";

/** A timed-out session answers in the form rather than losing what was typed to a redirect. */
async function sessionOrError(locale: string) {
  const { user, session } = await currentUser();
  return user && session ? { ...session, user } : { formError: (await getTranslations({ locale: checkedLocale(locale), namespace: "login" }))("timedOut") };
}

export async function changeEmail(locale: string, values: Record<string, string>): Promise<FormResult> {
  const s = await sessionOrError(locale);
  if ("formError" in s) return s;
  const v = validate(emailPairSchema, values);
  if (!v.ok) return { errors: v.errors };
  const throttled = await mailThrottleMessage(checkedLocale(locale), "emailChange", v.data.email);
  if (throttled) return { formError: throttled };
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
