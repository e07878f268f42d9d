import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { db } from "@/lib/db/client";
import { listNotices } from "@/lib/notices/notices";
import { parsePage } from "@/lib/pagination";
import { NoticeList } from "@/components/notices/NoticeList";
import { Pager } from "@/components/ui/Pager";

const PAGE_SIZE = 10;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "notices" });
  return { title: t("title") };
}

// お知らせ一覧 (§1.5)
export default async function NoticesPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("notices");
  const tp = await getTranslations("pager");
  const requested = parsePage((await searchParams).page);
  const first = await listNotices(db(), locale, { page: requested, pageSize: PAGE_SIZE });
  const page = Math.min(requested, first.pageCount);
  const result = page === requested ? first : await listNotices(db(), locale, { page, pageSize: PAGE_SIZE });
  const from = (page - 1) * PAGE_SIZE + 1;
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {result.total === 0 ? (
        <p className="mt-4">{t("empty")}</p>
      ) : (
        <>
          <p className="mt-4 text-muted">
            {tp("summary", { total: result.total, from, to: from + result.items.length - 1 })}
          </p>
          <NoticeList items={result.items} headingLevel={2} />
          <Pager page={page} pageCount={result.pageCount} href={(p) => `/${locale}/notices?page=${p}`} />
        </>
      )}
    </>
  );
}
