import { getTranslations, setRequestLocale } from "next-intl/server";
import { localeHref } from "@/lib/i18n/routing";
import { titleFrom } from "@/lib/i18n/metadata";
import { requireUser } from "@/app/_server/guards";
import { db } from "@/lib/db/client";
import { getProfile } from "@/lib/accounts/profile";
import { SchemaForm } from "@/components/form/SchemaForm";
import { accountFields } from "@/components/form/specs";
import { editProfile } from "../actions";

export const generateMetadata = titleFrom("profile", "editTitle");

// 利用者変更 → 利用者変更確認 → 利用者変更完了 (§9.3.3)
export default async function EditProfilePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { user: me } = await requireUser(locale, `/${locale}/mypage/profile/edit`);
  const user = await getProfile(db(), me.id);
  const t = await getTranslations("profile");
  const tf = await getTranslations("form");
  const tfields = await getTranslations("fields");
  const tk = await getTranslations("userKinds");
  const f = await accountFields();
  const org = user.kind === "ORGANIZATION_STAFF";
  return (
    <SchemaForm
      schema="profileEdit"
      title={t("editTitle")}
      fixed={[
        { label: tfields("kind"), value: tk(user.kind) },
        { label: tfields("loginId"), value: user.loginId },
        { label: tfields("nameRoman"), value: user.nameRoman },
      ]}
      fields={[f.phone, ...(org ? [f.corporateNumber, f.organizationName, f.postalCode, f.organizationAddress].map((x) => ({ ...x, showWhen: undefined })) : [])]}
      defaultValues={{ kind: user.kind, phone: user.phone, corporateNumber: user.corporateNumber ?? "", organizationName: user.organizationName ?? "", postalCode: user.postalCode ?? "", organizationAddress: user.organizationAddress ?? "" }}
      action={editProfile.bind(null, locale)}
      submitLabel={tf("next")}
      review={{ title: t("editConfirmTitle"), lead: (await getTranslations("register"))("confirmLead"), backLabel: tf("back"), submitLabel: t("editSubmit"), masked: [], maskText: "" }}
      doneView={{ title: t("completeTitle"), body: t("complete"), linkHref: localeHref(locale, "/mypage/profile"), linkLabel: t("backToDetail") }}
    />
  );
}
