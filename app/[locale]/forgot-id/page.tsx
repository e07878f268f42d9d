import { getTranslations, setRequestLocale } from "next-intl/server";
import { localeHref } from "@/lib/i18n/routing";
import { titleFrom } from "@/lib/i18n/metadata";
import { SimpleFormPage } from "@/components/form/SimpleFormPage";
import { forgotIdForm } from "@/lib/accounts/forms";
import { formTexts } from "@/app/_server/forms";
import { forgotId } from "./actions";

export const generateMetadata = titleFrom("forgotId");

// メールアドレス入力(利用者ID通知) (§2.4)
export default async function ForgotIdPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("forgotId");
  const back = localeHref(locale, "/login");
  return (
    <SimpleFormPage
      title={t("title")}
      lead={t("lead")}
      def={forgotIdForm}
      texts={await formTexts(forgotIdForm)}
      lang={locale}
      action={forgotId.bind(null, locale)}
      submitLabel={t("submit")}
      back={{ href: back, label: t("back") }}
      sent={{ title: t("sentTitle"), body: t("sent") }}
    />
  );
}
