"use server";
import { AuthError, CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { signIn } from "@/auth";
import { loginSchema, validate } from "@/lib/accounts/schemas";
import { safeReturnPath } from "@/lib/security/return-path";
import type { FormResult } from "@/lib/accounts/forms";
import { checkedLocale } from "@/app/_server/guards";

export async function login(rawLocale: string, next: string, values: Record<string, string>): Promise<FormResult> {
  const locale = checkedLocale(rawLocale);
  const v = validate(loginSchema, values);
  if (!v.ok) return { errors: v.errors };
  try {
    await signIn("credentials", { loginId: v.data.loginId, password: v.data.password, redirect: false });
  } catch (e) {
    if (!(e instanceof AuthError)) throw e;
    const t = await getTranslations({ locale, namespace: "login" });
    const code = e instanceof CredentialsSignin ? e.code : "invalid";
    return { formError: t(code === "locked" || code === "rateLimited" ? code : "invalid") };
  }
  redirect(safeReturnPath(next, `/${locale}/mypage`));
}
