"use server";
import { AuthError, CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { signIn } from "@/auth";
import { loginForm } from "@/lib/accounts/forms";
import { answer, parseSubmission } from "@/lib/forms/submission";
import type { FormState } from "@/lib/forms/types";
import { safeReturnPath } from "@/lib/security/return-path";
import { checkedLocale } from "@/app/_server/guards";

export async function login(rawLocale: string, next: string, prev: FormState, formData: FormData): Promise<FormState> {
  const locale = checkedLocale(rawLocale);
  const s = parseSubmission(loginForm, formData);
  if (!s.ok) return answer(prev, { step: "input", values: s.shown, errors: s.errors });
  try {
    await signIn("credentials", { loginId: s.values.loginId, password: s.values.password, redirect: false });
  } catch (e) {
    if (!(e instanceof AuthError)) throw e;
    const t = await getTranslations({ locale, namespace: "login" });
    const code = e instanceof CredentialsSignin ? e.code : "invalid";
    return answer(prev, {
      step: "input",
      values: s.shown,
      formError: t(code === "locked" || code === "rateLimited" ? code : "invalid"),
    });
  }
  redirect(safeReturnPath(next, `/${locale}/mypage`));
}
