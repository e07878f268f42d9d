import type { Metadata } from "next";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { db } from "@/lib/db/client";
import { requireUser } from "@/app/_server/guards";
import { ownApplication } from "@/lib/applications/detail";
import { correctableAnswers, correctionDraftCode, correctionRule } from "@/lib/applications/correction";
import { draftAttachments } from "@/lib/files/attachments";
import { formFor } from "@/lib/forms/registry";
import { procedureName } from "@/lib/procedures/search";
import { isRecordId } from "@/lib/security/ids";
import { FileInput } from "@/components/ui/controls";
import { formatBytes } from "@/components/form/format";
import { CORRECTION_FLASH_COOKIE } from "@/lib/security/cookies";
import { correctApplication, resubmitAnswers } from "./actions";
import { getMessages } from "next-intl/server";
import { ClientStringsProvider } from "@/components/ClientStrings";
import { FormView } from "@/components/form/FormView";
import { initialState, type FormValues } from "@/lib/forms/types";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ flash?: string; error?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "correct" });
  return { title: t("title") };
}

const MB = 1024 * 1024;

/** The outcomes the last 添付する / 削除 left for this page (see the action), if the link is that one. */
function flashed(cookie: string | undefined, nonce: string | undefined, id: string): string[] {
  try {
    const f = JSON.parse(cookie ?? "null") as { nonce?: unknown; id?: unknown; results?: unknown } | null;
    const ok = f && nonce && f.nonce === nonce && f.id === id && Array.isArray(f.results);
    return ok ? (f.results as unknown[]).filter((r): r is string => typeof r === "string") : [];
  } catch {
    return [];
  }
}

// 修正や資料の追加 (§7.2), ja/en: a residence application 返却中 takes the files the office asked for;
// 再提出する sends them with the same 整理番号. Works without JavaScript (a multipart form post).
export default async function CorrectPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const detail = `/${locale}/applications/${id}`;
  const { user } = await requireUser(locale, `${detail}/correct`);
  const app = isRecordId(id) ? await ownApplication(db(), user.id, id) : null;
  if (!app) notFound();
  const t = await getTranslations("correct");
  const a = await getTranslations("apply");
  const v = await getTranslations("validation");
  const lang = locale === "ja" ? "ja" : "en";
  const def = formFor(app.procedureCode, (app.values as Record<string, unknown>).status);
  const name = procedureName(app.procedureCode, locale);
  const back = (
    <p className="mt-8">
      <a href={detail} className="btn btn-secondary">
        <span aria-hidden="true">‹</span>
        {t("back")}
      </a>
    </p>
  );
  if (app.status !== "RETURNED" || !def?.attachments) {
    return (
      <>
        <p className="text-lg">{name}</p>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="panel mt-6 p-5" role="note">
          {t("notReturned")}
        </p>
        {back}
      </>
    );
  }
  const rule = await correctionRule(db(), app.id, def.attachments);
  const added = await draftAttachments(db(), user.id, correctionDraftCode(app.id));
  const sp = await searchParams;
  const limits = { files: rule.maxFiles, mb: Math.floor((rule.maxBytes / MB) * 10) / 10 };
  const results = flashed((await cookies()).get(CORRECTION_FLASH_COOKIE)?.value, sp.flash, app.id).map((r) => {
    const [reason, ...rest] = r.split(":");
    const file = rest.join(":");
    if (reason === "ok") return { error: false, text: a("uploaded", { name: file }) };
    if (reason === "removed") return { error: false, text: a("removed", { name: file }) };
    if (reason.startsWith("photo_")) {
      const key = { photo_notJpeg: "photoNotJpeg", photo_invalid: "photoInvalid", photo_shape: "photoShape" }[reason];
      return { error: true, text: key ? v(key) : a("refusal_invalid", { name: file }) };
    }
    const known = ["notPdf", "encrypted", "invalid", "tooMany", "tooLarge", "empty"].includes(reason);
    return { error: true, text: a(known ? `refusal_${reason}` : "refusal_invalid", { name: file, ...limits }) };
  });
  const error = sp.error === "noFiles" ? t("noFiles") : sp.error === "noFileChosen" ? a("noFileChosen") : null;
  const action = correctApplication.bind(null, locale, app.id);
  // 利用申出: its answers are corrected below the files, and 再提出する sends both.
  const answers = correctableAnswers(app.procedureCode, def);
  const strings = { apply: (await getMessages()).apply as Record<string, string> };
  return (
    <>
      <p className="text-lg">{name}</p>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2">
        {t("reference")}: <span className="font-mono">{app.referenceNo}</span>
      </p>
      <section aria-labelledby="request-title" className="panel mt-6 border-4 border-error p-5">
        <h2 id="request-title" className="text-lg font-bold">
          {t("request")}
        </h2>
        <p className="mt-2 whitespace-pre-wrap">{app.returnMessage}</p>
      </section>
      {error && (
        <div role="alert" className="error-summary mt-6 rounded-8 border-4 border-error p-4 font-bold text-error">
          {error}
        </div>
      )}
      {results.length > 0 && (
        <div role="status" className="panel mt-6 p-4">
          <ul className="space-y-1">
            {results.map((r, i) => (
              <li key={i} className={r.error ? "font-bold text-error" : undefined}>
                {r.error && <span className="sr-only">{t("errorPrefix")}</span>}
                {r.text}
              </li>
            ))}
          </ul>
        </div>
      )}
      <form action={action} className="mt-6">
        <h2 className="text-lg font-bold">{t("addTitle")}</h2>
        <p id="correct-hint" className="mt-1">
          {t("limits", limits)}
        </p>
        {def.attachments.photo && (
          <div className="mt-4">
            <label htmlFor="correct-photo" className="block font-bold">
              {t("photo")}
            </label>
            <p id="correct-photo-hint" className="text-muted">
              {t("photoHint")}
            </p>
            <FileInput id="correct-photo" name="photo" accept="image/jpeg" aria-describedby="correct-photo-hint" />
          </div>
        )}
        <div className="mt-4">
          <label htmlFor="correct-files" className="block font-bold">
            {t("files")}
          </label>
          <FileInput
            id="correct-files"
            name="files"
            accept="application/pdf"
            multiple
            aria-describedby="correct-hint"
          />
        </div>
        <p className="mt-4">
          <button type="submit" name="intent" value="attach" className="btn btn-secondary">
            {t("attach")}
          </button>
        </p>
        <h2 className="mt-8 text-lg font-bold">{t("added")}</h2>
        {added.length ? (
          <ul className="mt-2 divide-y divide-rule border-y border-rule" data-testid="correct-files">
            {added.map((f) => (
              <li key={f.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span className="break-all">
                  {f.kind === "PHOTO" ? `${t("photo")}: ` : ""}
                  {f.name}（{formatBytes(f.size, lang)}）
                </span>
                <button type="submit" name="intent" value={`remove:${f.id}`} className="btn btn-secondary">
                  {a("removeNamed", { name: f.name })}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2">{t("noneAdded")}</p>
        )}
        {!answers && (
          <div className="mt-10 flex flex-wrap items-center gap-4">
            <a href={detail} className="btn btn-secondary">
              <span aria-hidden="true">‹</span>
              {t("back")}
            </a>
            <button type="submit" name="intent" value="resubmit" className="btn btn-primary">
              {t("resubmit")}
              <span aria-hidden="true">›</span>
            </button>
          </div>
        )}
      </form>
      {answers && (
        <section aria-labelledby="answers-title" className="mt-10">
          <h2 id="answers-title" className="text-lg font-bold">
            {t("answersTitle")}
          </h2>
          <p className="mt-1">{t("answersLead")}</p>
          <ClientStringsProvider value={strings}>
            <FormView
              def={answers}
              lang={lang}
              action={resubmitAnswers.bind(null, locale, app.id)}
              initial={initialState(app.values as FormValues)}
              submitLabel={t("resubmit")}
              secondary={
                <a href={detail} className="btn btn-secondary">
                  <span aria-hidden="true">‹</span>
                  {t("back")}
                </a>
              }
            />
          </ClientStringsProvider>
        </section>
      )}
    </>
  );
}
