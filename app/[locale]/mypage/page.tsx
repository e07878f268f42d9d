import { getTranslations, setRequestLocale } from "next-intl/server";
import { localeHref } from "@/lib/i18n/routing";
import { titleFrom } from "@/lib/i18n/metadata";
import { db } from "@/lib/db/client";
import { usageStatus } from "@/lib/applications/usage-status";
import { UsageStatusNote } from "@/components/UsageStatusNote";
import { requireUser } from "@/app/_server/guards";

export const generateMetadata = titleFrom("mypage");

// マイページ (§9)
export default async function MyPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { user: me } = await requireUser(locale, `/${locale}/mypage`);
  const t = await getTranslations("mypage");
  const usage = await usageStatus(db(), me);
  const items = [
    { href: "/applications", title: t("applications"), lead: t("applicationsLead") },
    { href: "/mypage/drafts", title: t("drafts"), lead: t("draftsLead") },
    { href: "/receipts", title: t("receipts"), lead: t("receiptsLead") },
    { href: "/mypage/favorites", title: t("favorites"), lead: t("favoritesLead") },
    { href: "/mypage/profile", title: t("profile"), lead: t("profileLead") },
    ...(me.role === "OFFICER" ? [{ href: "/admin", title: t("admin"), lead: t("adminLead") }] : []),
  ];
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <ul className="mt-6 grid gap-4 md:grid-cols-3">
        {items.map((i) => (
          <li key={i.href} className="panel p-5">
            <h2 className="text-lg font-bold">
              <a href={localeHref(locale, i.href)}>{i.title}</a>
            </h2>
            <p className="mt-2">{i.lead}</p>
          </li>
        ))}
      </ul>
      {me.role !== "OFFICER" && <UsageStatusNote status={usage} locale={locale} />}
    </>
  );
}
