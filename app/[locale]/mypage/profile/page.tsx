import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { localeHref } from "@/lib/i18n/routing";
import { titleFrom } from "@/lib/i18n/metadata";
import { requireUser } from "@/app/_server/guards";
import { db } from "@/lib/db/client";
import { getProfile } from "@/lib/accounts/profile";

export const generateMetadata = titleFrom("profile");

// 利用者詳細 (§9.3)
export default async function ProfilePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { user: me } = await requireUser(locale, `/${locale}/mypage/profile`);
  const user = await getProfile(db(), me.id);
  const t = await getTranslations("profile");
  const tf = await getTranslations("fields");
  const tk = await getTranslations("userKinds");
  const format = await getFormatter();
  const rows: [string, string | null][] = [
    [tf("kind"), tk(user.kind)],
    [tf("loginId"), user.loginId],
    [tf("nameRoman"), user.nameRoman],
    [
      tf("birthDate"),
      format.dateTime(user.birthDate, { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }),
    ],
    ...(user.kind === "ORGANIZATION_STAFF"
      ? ([
          [tf("corporateNumber"), user.corporateNumber],
          [tf("organizationName"), user.organizationName],
          [tf("postalCode"), user.postalCode],
          [tf("organizationAddress"), user.organizationAddress],
        ] as [string, string | null][])
      : []),
    [tf("phone"), user.phone],
    [tf("email"), user.email],
  ];
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <dl className="mt-6 divide-y divide-rule border-y border-rule">
        {rows.map(([k, v]) => (
          <div key={k} className="grid gap-1 py-3 sm:grid-cols-[16rem_1fr]">
            <dt className="font-bold">{k}</dt>
            <dd>{v ?? t("none")}</dd>
          </div>
        ))}
      </dl>
      <ul className="mt-8 flex flex-wrap gap-4">
        <li>
          <a className="btn btn-secondary" href={localeHref(locale, "/mypage/profile/email")}>
            {t("changeEmail")} ›
          </a>
        </li>
        <li>
          <a className="btn btn-secondary" href={localeHref(locale, "/mypage/profile/password")}>
            {t("changePassword")} ›
          </a>
        </li>
        <li>
          <a className="btn btn-secondary" href={localeHref(locale, "/mypage/profile/edit")}>
            {t("changeOther")} ›
          </a>
        </li>
      </ul>
      <p className="mt-8">
        <a href={localeHref(locale, "/mypage")}>‹ {t("backToMypage")}</a>
      </p>
    </>
  );
}
