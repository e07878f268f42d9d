import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { db } from "@/lib/db/client";
import { filedBatch } from "@/lib/bulk/file";
import { ApplyHeading } from "@/components/procedure-form/ApplyHeading";
import { bulkContext } from "../context";

type Props = { params: Promise<{ locale: string; code: string }>; searchParams: Promise<{ no?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "bulk" });
  return { title: t("completeTitle") };
}

// 一括申請完了 (§5.3.5): 一括申請番号 and 一括申請件数 of the user's own filed batch.
export default async function BulkCompletePage({ params, searchParams }: Props) {
  const { locale, code } = await params;
  setRequestLocale(locale);
  const c = await bulkContext(locale, code, "/complete");
  const t = await getTranslations("bulk");
  const { no } = await searchParams;
  const filed = typeof no === "string" && /^B\d{12}$/.test(no) ? await filedBatch(db(), c.user.id, no) : null;
  return (
    <>
      <ApplyHeading procedure={c.name} title={t("completeTitle")} />
      {filed ? (
        <>
          <div role="status" className="panel mt-6 p-5">
            <p className="font-bold">{t("completeLead")}</p>
            <p className="mt-1">{t("completeMail")}</p>
          </div>
          <dl className="mt-6 grid gap-x-6 gap-y-2 sm:grid-cols-[14rem_1fr]">
            <dt className="font-bold">{t("bulkNo")}</dt>
            <dd className="font-mono text-lg" data-testid="bulk-no">
              {filed.bulkNo}
            </dd>
            <dt className="font-bold">{t("bulkCount")}</dt>
            <dd data-testid="bulk-count">{t("bulkCountValue", { count: filed.count })}</dd>
          </dl>
          <p className="mt-6">{t("completeNext")}</p>
        </>
      ) : (
        <p role="alert" className="panel mt-6 p-4 font-bold">
          {t("completeNotFound")}
        </p>
      )}
      <p className="mt-8 flex flex-wrap gap-4">
        <a href={`/${locale}/procedures`} className="btn btn-secondary">
          <span aria-hidden="true">‹</span>
          {t("backToList")}
        </a>
        <a href={`/${locale}/applications`} className="btn btn-primary">
          {t("toApplications")}
          <span aria-hidden="true">›</span>
        </a>
      </p>
    </>
  );
}
