import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { db } from "@/lib/db/client";
import { BULK_MAX_ROWS } from "@/lib/bulk/read";
import { findBatch } from "@/lib/bulk/batch";
import { BULK_MAX_FILES } from "@/lib/bulk/upload";
import { formatJstMinute } from "@/lib/i18n/dates";
import { procedureName } from "@/lib/procedures/search";
import { ApplyHeading } from "@/components/procedure-form/ApplyHeading";
import { ErrorSummary } from "@/components/form/ErrorSummary";
import { FileField } from "@/components/form/FileField";
import { bulkContext, bulkPath } from "./context";
import { uploadBatch } from "./actions";

type Props = {
  params: Promise<{ locale: string; code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "bulk" });
  return { title: t("uploadTitle") };
}

const REFUSALS = [
  "required",
  "empty",
  "tooLarge",
  "notText",
  "notCsv",
  "noRows",
  "tooManyRows",
  "otherProcedure",
  "header",
  "partsMissing",
  "notWorkbook",
  "olderTemplate",
  "tooManyFiles",
  "mixedFiles",
];
const list = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []).map((x) => x.slice(0, 200));

// 一括申請アップロード (§5.2, §5.3.1): choose the file, 削除, アップロードする; or resume the batch kept.
export default async function BulkUploadPage({ params, searchParams }: Props) {
  const { locale, code } = await params;
  setRequestLocale(locale);
  const c = await bulkContext(locale, code, "");
  const t = await getTranslations("bulk");
  const sp = await searchParams;
  const batch = await findBatch(db(), c.user.id, c.code);
  const refusal = REFUSALS.find((r) => r === sp.error);
  const error = refusal
    ? t(`error_${refusal}`, {
        rows: String(sp.rows ?? "").slice(0, 6),
        max: BULK_MAX_ROWS,
        procedure: refusal === "otherProcedure" ? procedureName(String(sp.from ?? ""), locale) : "",
        sheets: list(sp.sheet).join("、"),
        files: BULK_MAX_FILES,
      })
    : "";
  const missing = list(sp.missing);
  const unknown = list(sp.unknown);
  return (
    <>
      <ApplyHeading procedure={c.name} title={t("uploadTitle")} />
      {batch && (
        <section aria-labelledby="resume-title" className="panel mt-6 p-5">
          <h2 id="resume-title" className="text-lg font-bold">
            {t("resumeTitle")}
          </h2>
          <p className="mt-1">{t("resumeLead")}</p>
          <p className="mt-1 break-all text-muted">
            {t("resumeFacts", {
              file: batch.fileName,
              time: formatJstMinute(batch.createdAt, locale),
              count: batch.total,
            })}
          </p>
          <p className="mt-3">
            <a href={bulkPath(locale, c.code, "/results")} className="btn btn-primary">
              {t("resume")}
              <span aria-hidden="true">›</span>
            </a>
          </p>
        </section>
      )}
      <form action={uploadBatch.bind(null, locale, c.code)} encType="multipart/form-data" className="mt-8" noValidate>
        <h2 className="text-xl font-bold">{t("uploadHeading")}</h2>
        <p className="mt-2">{t("uploadLead")}</p>
        <div className="mt-4">
          <ErrorSummary items={error ? [{ field: "file", label: t("fileLabel"), message: error }] : []} version={0} />
        </div>
        <FileField
          label={t("fileLabel")}
          requiredText={t("required")}
          hint={t("formats", { max: BULK_MAX_ROWS, files: BULK_MAX_FILES })}
          multiple
          error={error}
          accept=".csv,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          more={
            (missing.length > 0 || unknown.length > 0) && (
              <ul className="mt-1 list-disc pl-6 font-bold text-error">
                {missing.length > 0 && (
                  <li className="break-all">{t("headerMissing", { list: missing.join("、") })}</li>
                )}
                {unknown.length > 0 && (
                  <li className="break-all">{t("headerUnknown", { list: unknown.join("、") })}</li>
                )}
              </ul>
            )
          }
        />
        <h3 className="mt-6 font-bold">{t("notesTitle")}</h3>
        <ul className="mt-1 list-disc pl-6">
          <li>{t("note1")}</li>
          <li className="font-bold">{t("note2")}</li>
          <li>{t("note3")}</li>
        </ul>
        <div className="mt-8 flex flex-wrap gap-4">
          <a href={`/${locale}/procedures/${c.code}`} className="btn btn-secondary">
            <span aria-hidden="true">‹</span>
            {t("backToProcedure")}
          </a>
          <button type="reset" className="btn btn-secondary">
            {t("clear")}
          </button>
          <button type="submit" className="btn btn-primary">
            {t("upload")}
            <span aria-hidden="true">›</span>
          </button>
        </div>
      </form>
    </>
  );
}
