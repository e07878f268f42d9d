import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { db } from "@/lib/db/client";
import { findLoadedFile, SAVED_FILE_MAX_BYTES, type SavedFileRefusal } from "@/lib/applications/saved-file";
import { problemRows } from "@/lib/applications/load-problems";
import { formFor } from "@/lib/forms/registry";
import { resolver } from "@/lib/forms/engine";
import type { FormValues } from "@/lib/forms/types";
import { formatJstMinute } from "@/lib/i18n/dates";
import { procedureName } from "@/lib/procedures/search";
import { isRecordId } from "@/lib/security/ids";
import { validationMessage } from "@/components/form/format";
import { ApplyHeading } from "@/components/procedure-form/ApplyHeading";
import { LoadProblems } from "@/components/procedure-form/LoadProblems";
import { ErrorSummary } from "@/components/form/ErrorSummary";
import { FileField } from "@/components/form/FileField";
import { applyContext, applyPath } from "../context";
import { loadFile, readFile } from "./actions";

type Props = {
  params: Promise<{ locale: string; code: string }>;
  searchParams: Promise<{ file?: string; error?: string; from?: string }>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "savedFile" });
  return { title: (await searchParams).file ? t("confirmTitle") : t("title") };
}

const REFUSALS: (SavedFileRefusal | "required" | "expired")[] = [
  "required",
  "empty",
  "tooLarge",
  "notText",
  "notCsv",
  "notSavedFile",
  "otherProcedure",
  "rows",
  "expired",
];
const answered = (values: FormValues) =>
  Object.entries(values).filter(
    ([k, v]) => !k.endsWith("Unknown") && (Array.isArray(v) ? v.length > 0 : typeof v === "string" && v !== ""),
  ).length;

// 保存データの読み込み (§8.2): ファイル読込 → ファイル読込確認 → 読込む → back to 申込 with the answers.
export default async function LoadPage({ params, searchParams }: Props) {
  const { locale, code } = await params;
  setRequestLocale(locale);
  const c = await applyContext(locale, code, "/apply/load");
  if (c.gate !== "open" || !c.def) redirect(applyPath(locale, c.procedure.code));
  const t = await getTranslations("savedFile");
  const sp = await searchParams;
  const back = applyPath(locale, c.procedure.code);
  const backLink = (
    <a href={back} className="btn btn-secondary">
      <span aria-hidden="true">‹</span>
      {t("backToInput")}
    </a>
  );
  const view = isRecordId(sp.file) ? await findLoadedFile(db(), c.user.id, c.procedure.code, sp.file) : null;

  if (view && !view.loadedAt) {
    const def = formFor(c.procedure.code, view.values.status) ?? c.def;
    const messages = await getMessages();
    const v = messages.validation as Record<string, string>;
    const rows = problemRows(
      def,
      view.problems,
      resolver(c.lang),
      (k, x) => t(k, x),
      (m) => validationMessage(v, m),
    );
    const current = (c.draft?.values ?? {}) as FormValues;
    const name = [view.values.nameRoman, view.values.organizationName].find((x) => typeof x === "string" && x);
    return (
      <>
        <ApplyHeading procedure={c.name} title={t("confirmTitle")} />
        <p className="mt-2">{t("confirmLead")}</p>
        <dl className="mt-6 grid gap-x-6 gap-y-2 sm:grid-cols-[14rem_1fr]">
          <dt className="font-bold">{t("fileName")}</dt>
          <dd className="break-all">{view.fileName}</dd>
          {view.savedAt && (
            <>
              <dt className="font-bold">{t("savedAt")}</dt>
              <dd>{formatJstMinute(view.savedAt, locale)}</dd>
            </>
          )}
          {typeof view.values.status === "string" && view.values.status && (
            <>
              <dt className="font-bold">{t("status")}</dt>
              <dd>{view.values.status}</dd>
            </>
          )}
          {typeof name === "string" && (
            <>
              <dt className="font-bold">{t("applicant")}</dt>
              <dd>{name}</dd>
            </>
          )}
          <dt className="font-bold">{t("answered")}</dt>
          <dd>{t("answeredCount", { count: answered(view.values) })}</dd>
        </dl>
        <section aria-labelledby="replace-title" className="panel mt-6 p-4">
          <h2 id="replace-title" className="font-bold">
            {t("replaceTitle")}
          </h2>
          <p className="mt-1">
            {c.draft && answered(current) > 0
              ? t("replaceBody", {
                  time: formatJstMinute(c.draft.updatedAt, locale),
                  count: answered(current),
                })
              : t("replaceNothing")}
          </p>
        </section>
        {view.olderVersion && (
          <p className="mt-6 font-bold" role="note">
            {t("olderVersion")}
          </p>
        )}
        <h2 className="mt-8 text-xl font-bold">{t("problemsTitle")}</h2>
        {rows.length ? (
          <LoadProblems
            id="load-problems"
            caption={t("problemsTitle")}
            headers={[t("colItem"), t("colProblem")]}
            rows={rows}
          />
        ) : (
          <p className="mt-2">{t("problemsNone")}</p>
        )}
        <form action={loadFile.bind(null, locale, c.procedure.code, view.id)} className="mt-10 flex flex-wrap gap-4">
          <a href={applyPath(locale, c.procedure.code, "/load")} className="btn btn-secondary">
            <span aria-hidden="true">‹</span>
            {t("chooseAgain")}
          </a>
          <button type="submit" className="btn btn-primary">
            {t("load")}
            <span aria-hidden="true">›</span>
          </button>
        </form>
        <p className="mt-6">{backLink}</p>
      </>
    );
  }

  const refusal = sp.file && !view ? "expired" : REFUSALS.find((r) => r === sp.error);
  const from = refusal === "otherProcedure" && sp.from ? procedureName(sp.from, locale) : "";
  const error = refusal ? t(`error_${refusal}`, { procedure: from || "?" }) : "";
  return (
    <>
      <ApplyHeading procedure={c.name} title={t("title")} />
      {view?.loadedAt && (
        <p role="status" className="panel mt-6 p-4 font-bold">
          {t("loadedAlready")}
        </p>
      )}
      <p className="mt-2">{t("lead")}</p>
      <form
        action={readFile.bind(null, locale, c.procedure.code)}
        encType="multipart/form-data"
        className="mt-6"
        noValidate
      >
        <ErrorSummary items={error ? [{ field: "file", label: t("fileLabel"), message: error }] : []} version={0} />
        <FileField
          label={t("fileLabel")}
          requiredText={t("required")}
          hint={t("fileHint", { mb: SAVED_FILE_MAX_BYTES / 1024 / 1024 })}
          error={error}
          accept=".csv,text/csv"
        />
        <div className="mt-10 flex flex-wrap gap-4">
          {backLink}
          <button type="submit" className="btn btn-primary">
            {t("toConfirm")}
            <span aria-hidden="true">›</span>
          </button>
        </div>
      </form>
    </>
  );
}
