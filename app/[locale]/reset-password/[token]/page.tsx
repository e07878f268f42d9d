import { getTranslations, setRequestLocale } from "next-intl/server";
import { localeHref } from "@/lib/i18n/routing";
import { titleFrom } from "@/lib/i18n/metadata";
import { db } from "@/lib/db/client";
import { checkResetToken } from "@/lib/accounts/recovery";
import { FormView } from "@/components/form/FormView";
import { resetPasswordForm } from "@/lib/accounts/forms";
import { initialState } from "@/lib/forms/types";
import { formTexts } from "@/app/_server/forms";
import { LinkProblem } from "@/components/form/LinkProblem";
import { reset } from "./actions";

export const generateMetadata = titleFrom("resetPassword");

// パスワード再設定 (§2.5)
export default async function ResetPasswordPage({ params }: { params: Promise<{ locale: string; token: string }> }) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const check = await checkResetToken(db(), token);
  const tl = await getTranslations("link");
  if (!check.ok)
    return (
      <LinkProblem
        reason={check.reason}
        restartHref={localeHref(locale, "/forgot-password")}
        restartLabel={tl("restartReset")}
      />
    );
  const t = await getTranslations("resetPassword");
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-4">{t("lead")}</p>
      <FormView
        def={resetPasswordForm}
        texts={await formTexts(resetPasswordForm)}
        lang={locale}
        action={reset.bind(null, locale, token)}
        initial={initialState()}
        submitLabel={t("submit")}
      />
    </>
  );
}
