import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { db } from "@/lib/db/client";
import { templateFor } from "@/lib/bulk/templates";
import { batchRow, findBatch } from "@/lib/bulk/batch";
import { rowFilesCode, rowPhoto } from "@/lib/bulk/file";
import { validationMessage } from "@/components/form/format";
import { FieldErrors } from "@/components/form/FieldErrors";
import { FileInput } from "@/components/ui/controls";
import { FieldLabel } from "@/components/ui/FieldLabel";
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
import { draftAttachments } from "@/lib/files/attachments";
import { RowDocuments } from "@/components/bulk/RowDocuments";
import { attachRowDocuments, attachRowPhoto, removeRowDocument, saveRow } from "./actions";

const list = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []).slice(0, 21);

type Props = {
  params: Promise<{ locale: string; code: string; row: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "bulk" });
  return { title: t("rowTitle") };
}

// 申込詳細 of one applicant of the batch (§5.3.2): each problem by column, and what was read.
export default async function BulkRowPage({ params, searchParams }: Props) {
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
  if (batch?.bulkNo) redirect(bulkPath(locale, c.code, `/complete?no=${batch.bulkNo}`));
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
  const apply = messages.apply as Record<string, string>;
  const sp = await searchParams;
  const [photo, attached] = await Promise.all([
    rowPhoto(db(), c.user.id, batch.id, found.rowNo),
    draftAttachments(db(), c.user.id, rowFilesCode(batch.id, found.rowNo)),
  ]);
  const photoError =
    typeof sp.photoError === "string" && /^photo[A-Za-z]+(\?[a-z]+=\d+)?$/.test(sp.photoError)
      ? validationMessage(messages.validation as Record<string, string>, sp.photoError)
      : "";
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
      <section aria-labelledby="photo-title" className="mt-10">
        <h2 id="photo-title" className="text-xl font-bold">
          {t("photoTitle")}
        </h2>
        {sp.photo === "1" && photo && (
          <p role="status" className="panel mt-3 p-3 font-bold">
            {t("photoAttached")}
          </p>
        )}
        <p className="mt-2">{apply.photoHint}</p>
        {photo ? (
          // eslint-disable-next-line @next/next/no-img-element -- the user's own upload, served privately
          <img
            src={`/api/attachments/${encodeURIComponent(photo.id)}`}
            alt={apply.photoAlt}
            width={150}
            height={200}
            className="mt-3 border border-rule"
          />
        ) : (
          <p className="mt-2 font-bold">{t("photoMissing")}</p>
        )}
        <form
          action={attachRowPhoto.bind(null, locale, c.code, found.rowNo)}
          encType="multipart/form-data"
          className="mt-4"
          noValidate
        >
          <label htmlFor="field-photo" className="block">
            <FieldLabel text={apply.photoField} invalid={!!photoError} required requiredText={apply.required} />
          </label>
          <FieldErrors id="field-photo-error" errors={photoError ? [photoError] : []} />
          <div className="mt-1 flex flex-wrap items-center gap-4">
            <FileInput
              id="field-photo"
              name="photo"
              accept=".jpg,.jpeg,image/jpeg"
              aria-invalid={photoError ? true : undefined}
              aria-describedby={photoError ? "field-photo-error" : undefined}
            />
            <button type="submit" className="btn btn-secondary">
              {photo ? apply.replacePhoto : apply.attachPhoto}
            </button>
          </div>
        </form>
      </section>
      {template.def.attachments && (
        <RowDocuments
          documents={attached.filter((a) => a.kind === "DOCUMENT")}
          rule={template.def.attachments}
          lang={c.lang}
          strings={apply}
          notices={{
            added: list(sp.added),
            refused: list(sp.refused),
            removed: typeof sp.removed === "string" ? sp.removed : undefined,
            error: sp.docsError === "noFileChosen" ? "noFileChosen" : undefined,
          }}
          attach={attachRowDocuments.bind(null, locale, c.code, found.rowNo)}
          remove={removeRowDocument.bind(null, locale, c.code, found.rowNo)}
        />
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
