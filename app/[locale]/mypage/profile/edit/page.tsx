import { getTranslations, setRequestLocale } from "next-intl/server";
import { localeHref } from "@/lib/i18n/routing";
import { titleFrom } from "@/lib/i18n/metadata";
import { requireUser } from "@/app/_server/guards";
import { formTexts } from "@/app/_server/forms";
import { profileEditForm } from "@/lib/accounts/forms";
import { initialState } from "@/lib/forms/types";
import { FormView } from "@/components/form/FormView";
import { editProfile } from "../actions";

export const generateMetadata = titleFrom("profile", "editTitle");

// 利用者変更 → 利用者変更確認 → 利用者変更完了 (§9.3.3)
export default async function EditProfilePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { user } = await requireUser(locale, `/${locale}/mypage/profile/edit`);
  const t = await getTranslations("profile");
  const tf = await getTranslations("form");
  const tfields = await getTranslations("fields");
  const tk = await getTranslations("userKinds");
  return (
    <FormView
      def={profileEditForm}
      texts={await formTexts(profileEditForm)}
      lang={locale}
      action={editProfile.bind(null, locale)}
      initial={initialState({
        kind: user.kind,
        phone: user.phone,
        corporateNumber: user.corporateNumber ?? "",
        organizationName: user.organizationName ?? "",
        postalCode: user.postalCode ?? "",
        organizationAddress: user.organizationAddress ?? "",
      })}
      title={t("editTitle")}
      fixed={[
        { label: tfields("kind"), value: tk(user.kind) },
        { label: tfields("loginId"), value: user.loginId },
        { label: tfields("nameRoman"), value: user.nameRoman },
      ]}
      submitLabel={tf("next")}
      review={{
        title: t("editConfirmTitle"),
        lead: (await getTranslations("register"))("confirmLead"),
        backLabel: tf("back"),
        submitLabel: t("editSubmit"),
        masked: "",
      }}
      done={{
        title: t("completeTitle"),
        body: t("complete"),
        link: { href: localeHref(locale, "/mypage/profile"), label: t("backToDetail") },
      }}
    />
  );
}
