"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { REGISTRATION_FLASH_COOKIE, secureCookies } from "@/lib/security/cookies";
import { db } from "@/lib/db/client";
import { registrationForm } from "@/lib/accounts/forms";
import { completeRegistration, registrationAnswers, saveRegistrationAnswers } from "@/lib/accounts/registration";
import { kickMailDelivery } from "@/lib/mail/worker";
import { answer, parseSubmission, withoutSecrets } from "@/lib/forms/submission";
import { intentOf } from "@/lib/forms/formdata";
import type { FormState } from "@/lib/forms/types";
import { checkedLocale } from "@/app/_server/guards";

/** 利用者登録 → 利用者登録確認 → 利用者登録完了; every step checks again on the server. */
export async function register(
  rawLocale: string,
  token: string,
  prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const locale = checkedLocale(rawLocale);
  const intent = intentOf(formData);
  const linkProblem = async (reason: string) =>
    (await getTranslations({ locale, namespace: reason === "emailTaken" ? "validation" : "link" }))(reason as never);

  if (intent === "back" || intent.startsWith("edit:")) {
    const kept = await registrationAnswers(db(), String(token));
    return answer(prev, {
      step: "input",
      values: { ...(kept ?? {}), passwordKept: kept ? "1" : "" },
      focus: intent.slice(5) || undefined,
    });
  }
  if (intent === "commit") {
    const r = await completeRegistration(db(), String(token), locale);
    if (!r.ok) {
      if (r.reason === "incomplete") return answer(prev, { step: "input", values: prev.values });
      return answer(prev, { step: "review", values: prev.values, formError: await linkProblem(r.reason) });
    }
    kickMailDelivery();
    // Shown once on 利用者登録完了; a redirect, so the page after it no longer needs the used link.
    (await cookies()).set(REGISTRATION_FLASH_COOKIE, r.loginId, {
      httpOnly: true,
      sameSite: "strict",
      secure: secureCookies(),
      path: "/",
      maxAge: 15 * 60,
    });
    redirect(`/${locale}/register/complete`);
  }

  const s = parseSubmission(registrationForm, formData);
  if (!s.ok) return answer(prev, { step: "input", values: s.shown, errors: s.errors });
  const saved = await saveRegistrationAnswers(db(), String(token), s.values);
  if (!saved.ok) {
    if (saved.reason === "passwordMissing")
      return answer(prev, {
        step: "input",
        values: { ...s.shown, passwordKept: "" },
        errors: { password: ["required"] },
      });
    return answer(prev, { step: "input", values: s.shown, formError: await linkProblem(saved.reason) });
  }
  return answer(prev, { step: "review", values: { ...withoutSecrets(registrationForm, s.values), passwordKept: "1" } });
}
