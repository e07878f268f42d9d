"use server";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client";
import { checkedLocale, currentUser } from "@/app/_server/guards";
import { mailThrottleMessage } from "@/app/_server/throttle";
import { changePasswordForm, emailPairForm, profileEditForm } from "@/lib/accounts/forms";
import { changePassword, requestEmailChange, updateProfile } from "@/lib/accounts/profile";
import { kickMailDelivery } from "@/lib/mail/worker";
import { answer, parseSubmission } from "@/lib/forms/submission";
import { intentOf } from "@/lib/forms/formdata";
import type { FormState } from "@/lib/forms/types";

/** A timed-out session answers in the form rather than losing what was typed to a redirect. */
async function signedIn(locale: string, prev: FormState) {
  const { user, session } = await currentUser();
  if (user && session) return { user, session };
  return answer(prev, {
    step: "input",
    values: prev.values,
    formError: (await getTranslations({ locale, namespace: "login" }))("timedOut"),
  });
}

export async function changeEmail(rawLocale: string, prev: FormState, formData: FormData): Promise<FormState> {
  const locale = checkedLocale(rawLocale);
  const c = await signedIn(locale, prev);
  if ("step" in c) return c;
  const s = parseSubmission(emailPairForm, formData);
  if (!s.ok) return answer(prev, { step: "input", values: s.shown, errors: s.errors });
  const email = String(s.values.email);
  const throttled = await mailThrottleMessage(locale, "emailChange", email);
  if (throttled) return answer(prev, { step: "input", values: s.shown, formError: throttled });
  const r = await requestEmailChange(db(), c.user.id, email, locale);
  if (!r.ok) return answer(prev, { step: "input", values: s.shown, errors: { email: ["emailTaken"] } });
  kickMailDelivery();
  return answer(prev, { step: "done" });
}

export async function changeOwnPassword(rawLocale: string, prev: FormState, formData: FormData): Promise<FormState> {
  const locale = checkedLocale(rawLocale);
  const c = await signedIn(locale, prev);
  if ("step" in c) return c;
  const s = parseSubmission(changePasswordForm, formData);
  if (!s.ok) return answer(prev, { step: "input", values: s.shown, errors: s.errors });
  const r = await changePassword(
    db(),
    c.user.id,
    c.session.id,
    String(s.values.currentPassword),
    String(s.values.password),
  );
  if (!r.ok) return answer(prev, { step: "input", errors: { currentPassword: ["currentPassword"] } });
  kickMailDelivery();
  return answer(prev, { step: "done" });
}

/** 利用者変更 → 確認 → 完了: every step checks the answers again; `kind` is the account's, never the form's. */
export async function editProfile(rawLocale: string, prev: FormState, formData: FormData): Promise<FormState> {
  const locale = checkedLocale(rawLocale);
  const c = await signedIn(locale, prev);
  if ("step" in c) return c;
  formData.set("kind", c.user.kind);
  const s = parseSubmission(profileEditForm, formData);
  const intent = intentOf(formData);
  if (!s.ok) return answer(prev, { step: "input", values: s.shown, errors: s.errors });
  if (intent === "back" || intent.startsWith("edit:"))
    return answer(prev, { step: "input", values: s.shown, focus: intent.slice(5) || undefined });
  if (intent !== "commit") return answer(prev, { step: "review", values: s.values });
  await updateProfile(db(), c.user.id, s.values);
  kickMailDelivery();
  return answer(prev, { step: "done" });
}
