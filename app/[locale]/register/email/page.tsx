import { getTranslations, setRequestLocale } from "next-intl/server";
import { localeHref } from "@/lib/i18n/routing";
import { titleFrom } from "@/lib/i18n/metadata";
import { SimpleFormPage } from "@/components/form/SimpleFormPage";
import { emailPairForm } from "@/lib/accounts/forms";
import { formTexts } from "@/app/_server/forms";
import { registerEmail } from "./actions";

export const generateMetadata = titleFrom("register", "emailTitle");

// メールアドレス入力(利用者登録) → メール送信完了 (§3.2)
export default async function RegisterEmailPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("register");
  return (
    <SimpleFormPage
      title={t("emailTitle")}
      lead={t("emailLead")}
      def={emailPairForm}
      texts={await formTexts(emailPairForm)}
      lang={locale}
      action={registerEmail.bind(null, locale)}
      submitLabel={t("emailSubmit")}
      back={{ href: localeHref(locale, "/"), label: (await getTranslations("errors"))("home") }}
      hideBackButton
      sent={{ title: t("sentTitle"), body: t("sent") }}
    />
  );
}
