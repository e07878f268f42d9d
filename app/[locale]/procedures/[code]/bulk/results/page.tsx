import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { db } from "@/lib/db/client";
import { batchRows, findBatch } from "@/lib/bulk/batch";
import { templateFor } from "@/lib/bulk/templates";
import { pageWindow } from "@/lib/applications/list";
import { formatJstMinute } from "@/lib/i18n/dates";
import { ApplyHeading } from "@/components/procedure-form/ApplyHeading";
import { ScrollTable } from "@/components/ui/ScrollTable";
import { Pager } from "@/components/ui/Pager";
import { birthText } from "@/components/bulk/birth";
import { rowsWithPhoto } from "@/lib/bulk/file";
import { SubmitWithNotice } from "@/components/procedure-form/SubmitWithNotice";
import { bulkContext, bulkPath } from "../context";
import { attachPhotos, fileBulk } from "../actions";
import { FileInput } from "@/components/ui/controls";

type Props = {
  params: Promise<{ locale: string; code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "bulk" });
  return { title: t("resultsTitle") };
}

const PAGE_SIZE = 50;

// 一括申請読込結果 (§5.3.1): ファイル行数, each applicant's 氏名, 生年月日 and 正常 / 要確認, 詳細.
export default async function BulkResultsPage({ params, searchParams }: Props) {
  const { locale, code } = await params;
  setRequestLocale(locale);
  const c = await bulkContext(locale, code, "/results");
  const t = await getTranslations("bulk");
  const batch = await findBatch(db(), c.user.id, c.code);
  if (!batch) redirect(bulkPath(locale, c.code));
  if (batch.bulkNo) redirect(bulkPath(locale, c.code, `/complete?no=${batch.bulkNo}`));
  const photos = await rowsWithPhoto(db(), c.user.id, batch.id);
  const ready = batch.toCheck === 0 && photos.size === batch.total;
  const confirm = await getTranslations("confirm");
  const sp = await searchParams;
  const one = (k: string) => (typeof sp[k] === "string" ? (sp[k] as string) : "");
  const names = (k: string) =>
    (Array.isArray(sp[k]) ? (sp[k] as string[]) : one(k) ? [one(k)] : []).map((x) => x.slice(0, 120));
  const toCheck = one("show") === "check";
  const wanted = Number(one("page"));
  const counted = toCheck ? batch.toCheck : batch.total;
  const { page, pageCount, skip, take } = pageWindow(
    counted,
    PAGE_SIZE,
    Number.isInteger(wanted) && wanted > 0 ? wanted : 1,
  );
  const { rows } = await batchRows(db(), batch.id, { toCheck, skip, take });
  const template = templateFor(c.code, batch.templateKey);
  const self = bulkPath(locale, c.code, "/results");
  const href = (show: boolean, n = 1) =>
    `${self}?${new URLSearchParams({ ...(show ? { show: "check" } : {}), ...(n > 1 ? { page: String(n) } : {}) })}`;
  const facts: [string, string][] = [
    [t("file"), batch.fileName],
    [t("encoding"), t(`encodingName_${batch.encoding}` as "encodingName_utf-8")],
    [t("template"), template ? (c.lang === "ja" ? template.label.ja : template.label.en) : batch.templateKey],
    [t("uploadedAt"), formatJstMinute(batch.createdAt, locale)],
    [t("rowCount"), t("rowCountValue", { count: batch.total })],
    [t("okCount"), t("countValue", { count: batch.total - batch.toCheck })],
    [t("checkCount"), t("countValue", { count: batch.toCheck })],
  ];
  return (
    <>
      <ApplyHeading procedure={c.name} title={t("resultsTitle")} />
      {/^\d{1,3}$/.test(one("fixed")) && (
        <p role="status" className="panel mt-6 p-4 font-bold">
          {t("fixed", { row: Number(one("fixed")) })}
        </p>
      )}
      {/^\d{1,3}$/.test(one("sent")) && (
        <div role="status" className="panel mt-6 p-4">
          <p className="font-bold">
            {t("photosDone", { sent: Number(one("sent")), attached: Number(one("attached")) || 0 })}
          </p>
          {names("unmatched").length > 0 && (
            <p className="mt-1 break-all">{t("photosUnmatched", { list: names("unmatched").join("、") })}</p>
          )}
          {names("refused").length > 0 && (
            <p className="mt-1 break-all">{t("photosRefused", { list: names("refused").join("、") })}</p>
          )}
        </div>
      )}
      <dl className="mt-6 grid gap-x-6 gap-y-1 sm:grid-cols-[12rem_1fr]">
        {facts.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="font-bold">{k}</dt>
            <dd className="break-all">{v}</dd>
          </div>
        ))}
      </dl>
      <ul className="mt-4 list-disc pl-6">
        <li>{t("statusMeaningOk")}</li>
        <li>{t("statusMeaningCheck")}</li>
      </ul>
      <nav aria-label={t("filterLabel")} className="mt-6 flex flex-wrap gap-x-6 gap-y-2">
        <a
          href={href(false)}
          aria-current={!toCheck ? "page" : undefined}
          className="inline-flex min-h-11 items-center aria-[current=page]:font-bold"
        >
          {t("showAll")}
        </a>
        <a
          href={href(true)}
          aria-current={toCheck ? "page" : undefined}
          className="inline-flex min-h-11 items-center aria-[current=page]:font-bold"
        >
          {t("showCheck")}
        </a>
      </nav>
      {rows.length === 0 ? (
        <p className="mt-4" role="status">
          {t("noneToCheck")}
        </p>
      ) : (
        <ScrollTable
          id="bulk-results-caption"
          caption={t("caption")}
          captionHidden
          headers={[t("colRow"), t("colName"), t("colBirth"), t("colStatus"), t("colPhoto"), t("colAction")]}
        >
          {rows.map((r) => {
            const name = typeof r.values.nameRoman === "string" ? r.values.nameRoman : "";
            return (
              <tr key={r.rowNo} className="border-b border-rule">
                <td className="py-2 pr-4">{r.rowNo}</td>
                <td className="py-2 pr-4">{name}</td>
                <td className="py-2 pr-4">{birthText(r.values, c.lang)}</td>
                <td className="py-2 pr-4">
                  {r.problems.length ? (
                    <span className="font-bold">
                      {t("status_check")}
                      {t("problemCount", { count: r.problems.length })}
                    </span>
                  ) : (
                    t("status_ok")
                  )}
                </td>
                <td className="py-2 pr-4">{photos.has(r.rowNo) ? t("photo_yes") : t("photo_no")}</td>
                <td className="py-2">
                  <a href={bulkPath(locale, c.code, `/rows/${r.rowNo}`)}>
                    {t("detail")}
                    <span className="sr-only">{t("detailNamed", { row: r.rowNo, name })}</span>
                  </a>
                </td>
              </tr>
            );
          })}
        </ScrollTable>
      )}
      <Pager page={page} pageCount={pageCount} href={(n) => href(toCheck, n)} />
      {!ready && (
        <form
          action={attachPhotos.bind(null, locale, c.code)}
          encType="multipart/form-data"
          className="mt-8"
          aria-labelledby="photos-title"
          noValidate
        >
          <h2 id="photos-title" className="text-lg font-bold">
            {t("photosTitle")}
          </h2>
          <p id="photos-rule" className="mt-1">
            {t("photosRule")}
          </p>
          <label htmlFor="field-photos" className="mt-3 block font-bold">
            {t("photosLabel")}
          </label>
          {one("photosError") === "none" && (
            <p id="field-photos-error" className="font-bold text-error">
              {t("photosNone")}
            </p>
          )}
          <div className="mt-1 flex flex-wrap items-center gap-4">
            <FileInput
              id="field-photos"
              name="photos"
              multiple
              accept=".jpg,.jpeg,image/jpeg"
              aria-invalid={one("photosError") ? true : undefined}
              aria-describedby={one("photosError") ? "field-photos-error photos-rule" : "photos-rule"}
            />
            <button type="submit" className="btn btn-secondary">
              {t("photosSubmit")}
            </button>
          </div>
        </form>
      )}
      {one("error") === "notReady" && (
        <p role="alert" className="panel mt-6 p-4 font-bold">
          {t("notReady")}
        </p>
      )}
      {ready ? (
        <section aria-labelledby="file-title" className="panel mt-8 p-5">
          <h2 id="file-title" className="text-lg font-bold">
            {t("fileTitle")}
          </h2>
          <p className="mt-1">{t("fileLead", { count: batch.total })}</p>
          <div className="mt-4">
            <SubmitWithNotice
              action={fileBulk.bind(null, locale, c.code)}
              draftId={batch.id}
              strings={{
                submit: confirm("submit"),
                noticeTitle: confirm("noticeTitle"),
                noticeBody: confirm("noticeBody"),
                ok: confirm("ok"),
                cancel: confirm("cancel"),
              }}
            />
          </div>
        </section>
      ) : (
        <p className="mt-6 font-bold">{t("fileNext")}</p>
      )}
      <p className="mt-6">
        <a href={bulkPath(locale, c.code)} className="btn btn-secondary">
          <span aria-hidden="true">‹</span>
          {t("backToUpload")}
        </a>
      </p>
    </>
  );
}
