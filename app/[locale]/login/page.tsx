import { getTranslations, setRequestLocale } from "next-intl/server";
import { localeHref } from "@/lib/i18n/routing";
import { titleFrom } from "@/lib/i18n/metadata";
import { FormView } from "@/components/form/FormView";
import { loginForm } from "@/lib/accounts/forms";
import { initialState } from "@/lib/forms/types";
import { formTexts } from "@/app/_server/forms";
import { login } from "./actions";

export const generateMetadata = titleFrom("login");

const notices = { timeout: "timedOut", required: "loginRequired", reset: "resetDone", loggedOut: "loggedOut" } as const;

// 利用者ログイン (§2.2)
export default async function LoginPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ next?: string; reason?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { next, reason } = await searchParams;
  const t = await getTranslations("login");
  const notice =
    reason && reason in notices ? t(notices[reason as keyof typeof notices]) : next ? t("loginRequired") : null;
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {notice && (
        <p role="status" className="panel mt-4 p-4 font-bold">
          {notice}
        </p>
      )}
      <p className="mt-4">{t("lead")}</p>
      <FormView
        def={loginForm}
        texts={await formTexts(loginForm)}
        lang={locale}
        action={login.bind(null, locale, next ?? "")}
        initial={initialState()}
        submitLabel={t("submit")}
      />
      <ul className="mt-8 space-y-2">
        <li>
          <a href={localeHref(locale, "/forgot-id")}>{t("forgotId")}</a>
        </li>
        <li>
          <a href={localeHref(locale, "/forgot-password")}>{t("forgotPassword")}</a>
        </li>
        <li>
          <a href={localeHref(locale, "/register")}>{t("register")}</a>
        </li>
      </ul>
    </>
  );
}
