import { getTranslations, setRequestLocale } from "next-intl/server";
import { localeHref } from "@/lib/i18n/routing";
import { titleFrom } from "@/lib/i18n/metadata";
import { SchemaForm } from "@/components/form/SchemaForm";
import { accountFields } from "@/components/form/specs";
import { login } from "./actions";

export const generateMetadata = titleFrom("login");

const notices = { timeout: "timedOut", required: "loginRequired", reset: "resetDone", loggedOut: "loggedOut" } as const;

// 利用者ログイン (§2.2)
export default async function LoginPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ next?: string; reason?: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { next, reason } = await searchParams;
  const t = await getTranslations("login");
  const f = await accountFields();
  const notice = reason && reason in notices ? t(notices[reason as keyof typeof notices]) : next ? t("loginRequired") : null;
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {notice && (
        <p role="status" className="panel mt-4 p-4 font-bold">
          {notice}
        </p>
      )}
      <p className="mt-4">{t("lead")}</p>
      <SchemaForm schema="login" fields={[f.loginId, f.password]} action={login.bind(null, locale, next ?? "")} submitLabel={t("submit")} />
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
