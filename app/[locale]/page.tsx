import { localeHref } from "@/lib/i18n/routing";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { db } from "@/lib/db/client";
import { latestNotices } from "@/lib/notices/notices";
import { NoticeList } from "@/components/notices/NoticeList";

// トップページ (§2.1)
export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("home");
  const tm = await getTranslations("meta");
  const items = await latestNotices(db(), locale, 5);
  const entries = [
    { href: "/procedures", title: t("procedures"), lead: t("proceduresLead") },
    { href: "/applications", title: t("applications"), lead: t("applicationsLead") },
    { href: "/register", title: t("register"), lead: t("registerLead") },
  ];
  return (
    <>
      <h1 className="text-2xl font-bold leading-snug sm:text-3xl">
        {tm("siteName")}
        <span className="mt-1 block text-base font-normal text-muted" lang={tm("siteNameOtherLang")}>
          {tm("siteNameOther")}
        </span>
      </h1>

      <section aria-labelledby="notices-heading" className="mt-8">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="notices-heading" className="text-xl font-bold">
            {t("noticesHeading")}
          </h2>
          <a href={localeHref(locale, "/notices")} className="inline-flex min-h-11 items-center">
            {t("noticesAll")}
            <span aria-hidden="true">&nbsp;›</span>
          </a>
        </div>
        {items.length > 0 ? <NoticeList items={items} /> : <p>{t("noNotices")}</p>}
      </section>

      <section aria-labelledby="find-heading" className="mt-10">
        <h2 id="find-heading" className="text-xl font-bold">
          {t("findHeading")}
        </h2>
        <p className="text-muted">{t("findLead")}</p>
        <h3 className="mt-4 text-lg font-bold">{t("onlineHeading")}</h3>
        <ul className="mt-3 grid gap-4 md:grid-cols-3">
          {entries.map((e) => (
            <li
              key={e.href}
              className="panel relative flex flex-col p-5 focus-within:outline-4 focus-within:outline-offset-2 focus-within:outline-[var(--focus-outline)]"
            >
              <h4 className="text-lg font-bold">
                <a
                  href={localeHref(locale, e.href)}
                  className="after:absolute after:inset-0 focus-visible:outline-none focus-visible:shadow-none"
                >
                  {e.title}
                  <span aria-hidden="true">&nbsp;›</span>
                </a>
              </h4>
              <p className="mt-2">{e.lead}</p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
