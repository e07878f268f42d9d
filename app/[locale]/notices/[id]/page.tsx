import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { localeNames, isLocale, localeHref } from "@/lib/i18n/routing";
import { db } from "@/lib/db/client";
import { getNotice } from "@/lib/notices/notices";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  const notice = await getNotice(db(), id, locale);
  const t = await getTranslations({ locale, namespace: "notices" });
  return { title: notice?.title ?? t("detailTitle") };
}

// お知らせ (§1.5)
export default async function NoticePage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const notice = await getNotice(db(), id, locale);
  if (!notice) notFound();
  const t = await getTranslations("notices");
  const format = await getFormatter();
  return (
    <article>
      <p className="text-muted">{t("detailTitle")}</p>
      <h1 className="text-2xl font-bold" lang={notice.lang}>
        {notice.title}
      </h1>
      <p className="mt-2 text-muted">
        {t("published")}:{" "}
        <time dateTime={notice.publishedAt.toISOString()}>
          {format.dateTime(notice.publishedAt, { year: "numeric", month: "long", day: "numeric" })}
        </time>
      </p>
      {notice.lang !== locale && isLocale(notice.lang) && (
        <p className="panel mt-4 p-3">{t("otherLanguage", { language: localeNames[notice.lang] })}</p>
      )}
      <div className="mt-6 max-w-3xl space-y-4" lang={notice.lang}>
        {notice.body.split(/\n{2,}/).map((para, i) => (
          <p key={i} className="whitespace-pre-line">
            {para}
          </p>
        ))}
      </div>
      <p className="mt-8">
        <a href={localeHref(locale, "/notices")}>
          <span aria-hidden="true">‹&nbsp;</span>
          {t("backToList")}
        </a>
      </p>
    </article>
  );
}
