import type { Metadata } from "next";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { db } from "@/lib/db/client";
import { templateFor } from "@/lib/bulk/templates";
import { batchRow, findBatch } from "@/lib/bulk/batch";
import { columnLabel } from "@/lib/forms/csv";
import { resolver } from "@/lib/forms/engine";
import { ApplyHeading } from "@/components/procedure-form/ApplyHeading";
import { LoadProblems } from "@/components/procedure-form/LoadProblems";
import { ClientStringsProvider } from "@/components/ClientStrings";
import { FormView } from "@/components/form/FormView";
import { initialState } from "@/lib/forms/types";
import { birthText } from "@/components/bulk/birth";
import { bulkContext, bulkPath } from "../../context";
import { rowErrors, rowProblemText } from "../../messages";
import { saveRow } from "./actions";

type Props = { params: Promise<{ locale: string; code: string; row: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "bulk" });
  return { title: t("rowTitle") };
}

// 申込詳細 of one applicant of the batch (§5.3.2): each problem by column, and what was read.
export default async function BulkRowPage({ params }: Props) {
  const { locale, code, row } = await params;
  setRequestLocale(locale);
  const c = await bulkContext(locale, code, `/rows/${encodeURIComponent(row)}`);
  const t = await getTranslations("bulk");
  const back = (
    <p className="mt-8">
      <a href={bulkPath(locale, c.code, "/results")} className="btn btn-secondary">
        <span aria-hidden="true">‹</span>
        {t("backToResults")}
      </a>
    </p>
  );
  const rowNo = /^\d{1,3}$/.test(row) ? Number(row) : NaN;
  const [found, batch] = await Promise.all([
    batchRow(db(), c.user.id, c.code, rowNo),
    findBatch(db(), c.user.id, c.code),
  ]);
  const template = batch && templateFor(c.code, batch.templateKey);
  if (!found || !template) {
    return (
      <>
        <ApplyHeading procedure={c.name} title={t("rowTitle")} />
        <p role="alert" className="panel mt-6 p-4 font-bold">
          {t("rowNotFound")}
        </p>
        {back}
      </>
    );
  }
  const tx = resolver(c.lang);
  const messages = await getMessages();
  const say = await rowProblemText();
  const name = typeof found.values.nameRoman === "string" ? found.values.nameRoman : "";
  return (
    <>
      <ApplyHeading procedure={c.name} title={t("rowTitle")} />
      <dl className="mt-6 grid gap-x-6 gap-y-1 sm:grid-cols-[12rem_1fr]">
        <dt className="font-bold">{t("colRow")}</dt>
        <dd>{t("rowFacts", { row: found.rowNo })}</dd>
        <dt className="font-bold">{t("colName")}</dt>
        <dd>{name}</dd>
        <dt className="font-bold">{t("colBirth")}</dt>
        <dd>{birthText(found.values, c.lang)}</dd>
        <dt className="font-bold">{t("colStatus")}</dt>
        <dd className="font-bold">{found.problems.length ? t("status_check") : t("status_ok")}</dd>
      </dl>
      <h2 className="mt-8 text-xl font-bold">{t("problemsTitle")}</h2>
      {found.problems.length ? (
        <LoadProblems
          id="row-problems"
          caption={t("problemsTitle")}
          headers={[t("colItem"), t("colProblem")]}
          rows={found.problems.map((p) => ({
            item: columnLabel(template.def, p.key, tx) ?? p.header,
            column: p.header,
            problem: say(p.message),
          }))}
        />
      ) : (
        <p className="mt-2">{t("problemsNone")}</p>
      )}
      <h2 className="mt-10 text-xl font-bold">{t("fixTitle")}</h2>
      <p className="mt-1">{t("fixLead")}</p>
      <ClientStringsProvider value={{ apply: messages.apply as Record<string, string> }}>
        <FormView
          def={{ ...template.def, steps: undefined }}
          lang={c.lang}
          action={saveRow.bind(null, locale, c.code, found.rowNo)}
          initial={{ ...initialState(found.values), errors: await rowErrors(found.problems) }}
          submitLabel={t("fix")}
          secondary={
            <a href={bulkPath(locale, c.code, "/results")} className="btn btn-secondary">
              <span aria-hidden="true">‹</span>
              {t("backToResults")}
            </a>
          }
        />
      </ClientStringsProvider>
    </>
  );
}
