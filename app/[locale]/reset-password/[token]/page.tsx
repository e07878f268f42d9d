import { getTranslations, setRequestLocale } from "next-intl/server";
import { localeHref } from "@/lib/i18n/routing";
import { titleFrom } from "@/lib/i18n/metadata";
import { db } from "@/lib/db/client";
import { checkResetToken } from "@/lib/accounts/recovery";
import { SchemaForm } from "@/components/form/SchemaForm";
import { LinkProblem } from "@/components/form/LinkProblem";
import { accountFields } from "@/components/form/specs";
import { reset } from "./actions";

export const generateMetadata = titleFrom("resetPassword");

// パスワード再設定 (§2.5)
export default async function ResetPasswordPage({ params }: { params: Promise<{ locale: string; token: string }> }) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const check = await checkResetToken(db(), token);
  const tl = await getTranslations("link");
  if (!check.ok) return <LinkProblem reason={check.reason} restartHref={localeHref(locale, "/forgot-password")} restartLabel={tl("restartReset")} />;
  const t = await getTranslations("resetPassword");
  const f = await accountFields();
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-4">{t("lead")}</p>
      <SchemaForm schema="resetPassword" fields={[f.newPassword, f.passwordConfirm]} action={reset.bind(null, locale, token)} submitLabel={t("submit")} />
    </>
  );
}
