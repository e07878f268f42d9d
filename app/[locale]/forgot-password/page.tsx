import { getTranslations, setRequestLocale } from "next-intl/server";
import { localeHref } from "@/lib/i18n/routing";
import { titleFrom } from "@/lib/i18n/metadata";
import { SimpleFormPage } from "@/components/form/SimpleFormPage";
import { forgotPasswordForm } from "@/lib/accounts/forms";
import { formTexts } from "@/app/_server/forms";
import { forgotPassword } from "./actions";

export const generateMetadata = titleFrom("forgotPassword");

// 利用者ID入力(パスワード再設定) (§2.5)
export default async function ForgotPasswordPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("forgotPassword");
  const back = localeHref(locale, "/login");
  return (
    <SimpleFormPage
      title={t("title")}
      lead={t("lead")}
      def={forgotPasswordForm}
      texts={await formTexts(forgotPasswordForm)}
      lang={locale}
      action={forgotPassword.bind(null, locale)}
      submitLabel={t("submit")}
      back={{ href: back, label: t("back") }}
      sent={{ title: t("sentTitle"), body: t("sent") }}
    />
  );
}
