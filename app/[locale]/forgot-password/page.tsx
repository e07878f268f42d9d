import { getTranslations, setRequestLocale } from "next-intl/server";
import { localeHref } from "@/lib/i18n/routing";
import { titleFrom } from "@/lib/i18n/metadata";
import { SchemaForm } from "@/components/form/SchemaForm";
import { SentNotice } from "@/components/form/SentNotice";
import { accountFields } from "@/components/form/specs";
import { forgotPassword } from "./actions";

export const generateMetadata = titleFrom("forgotPassword");

// 利用者ID入力(パスワード再設定) (§2.5)
export default async function ForgotPasswordPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("forgotPassword");
  const f = await accountFields();
  const back = localeHref(locale, "/login");
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-4 whitespace-pre-line">{t("lead")}</p>
      <SchemaForm
        schema="forgotPassword"
        fields={[f.loginId, f.email]}
        action={forgotPassword.bind(null, locale)}
        submitLabel={t("submit")}
        secondary={<a href={back} className="btn btn-secondary">‹ {t("back")}</a>}
        done={<SentNotice title={t("sentTitle")} body={t("sent")} backHref={back} backLabel={t("back")} />}
      />
    </>
  );
}
