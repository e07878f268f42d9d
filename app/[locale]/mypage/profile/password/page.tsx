import { getTranslations, setRequestLocale } from "next-intl/server";
import { localeHref } from "@/lib/i18n/routing";
import { titleFrom } from "@/lib/i18n/metadata";
import { requireUser } from "@/app/_server/guards";
import { SimpleFormPage } from "@/components/form/SimpleFormPage";
import { changePasswordForm } from "@/lib/accounts/forms";
import { formTexts } from "@/app/_server/forms";
import { changeOwnPassword } from "../actions";

export const generateMetadata = titleFrom("profile", "passwordTitle");

// パスワード変更 → 利用者変更完了 (§9.3.2)
export default async function ChangePasswordPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireUser(locale, `/${locale}/mypage/profile/password`);
  const t = await getTranslations("profile");
  const back = localeHref(locale, "/mypage/profile");
  return (
    <SimpleFormPage
      title={t("passwordTitle")}
      def={changePasswordForm}
      texts={await formTexts(changePasswordForm)}
      lang={locale}
      action={changeOwnPassword.bind(null, locale)}
      submitLabel={t("passwordSubmit")}
      back={{ href: back, label: t("backToDetail") }}
      sent={{ title: t("completeTitle"), body: t("complete") }}
    />
  );
}
