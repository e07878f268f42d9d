import { getTranslations, setRequestLocale } from "next-intl/server";
import { localeHref } from "@/lib/i18n/routing";
import { titleFrom } from "@/lib/i18n/metadata";
import { requireUser } from "@/app/_server/guards";
import { SimpleFormPage } from "@/components/form/SimpleFormPage";
import { emailPairForm } from "@/lib/accounts/forms";
import { formTexts } from "@/app/_server/forms";
import { changeEmail } from "../actions";

export const generateMetadata = titleFrom("profile", "emailTitle");

// メールアドレス入力(メールアドレス変更) (§9.3.1)
export default async function ChangeEmailPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireUser(locale, `/${locale}/mypage/profile/email`);
  const t = await getTranslations("profile");
  const back = localeHref(locale, "/mypage/profile");
  return (
    <SimpleFormPage
      title={t("emailTitle")}
      lead={t("emailLead")}
      def={emailPairForm}
      texts={await formTexts(emailPairForm)}
      lang={locale}
      action={changeEmail.bind(null, locale)}
      submitLabel={t("emailSubmit")}
      back={{ href: back, label: t("backToDetail") }}
      sent={{ title: t("emailTitle"), body: t("emailSent") }}
    />
  );
}
