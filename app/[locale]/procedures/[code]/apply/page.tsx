import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { isBulk } from "@/lib/bulk/templates";
import { getFormatter, getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { db } from "@/lib/db/client";
import { draftSchema, fileCounts } from "@/lib/applications/drafts";
import { draftAttachments } from "@/lib/files/attachments";
import { initialValues, issuesToErrors, normalize, resolver, stepsWithIssues } from "@/lib/forms/engine";
import { statusChoiceForm, statusField } from "@/lib/forms/registry";
import { profilePrefill } from "@/lib/applications/prefill";
import { findStep, neighbourStep, stepForm } from "@/lib/forms/steps";
import { acceptedStatuses } from "@/lib/procedures/statuses";
import { FormView } from "@/components/form/FormView";
import { StepList } from "@/components/procedure-form/StepList";
import { FreshOnReturn } from "@/components/procedure-form/FreshOnReturn";
import { initialState, type FormValues } from "@/lib/forms/types";
import { ClientStringsProvider } from "@/components/ClientStrings";
import { ProcedureForm } from "@/components/procedure-form/ProcedureForm";
import { ApplyHeading } from "@/components/procedure-form/ApplyHeading";
import { findLoadedFile } from "@/lib/applications/saved-file";
import { problemRows } from "@/lib/applications/load-problems";
import { pastApplication } from "@/lib/applications/history";
import { reuseAnswers } from "@/lib/applications/reuse";
import { procedureName } from "@/lib/procedures/search";
import { isRecordId } from "@/lib/security/ids";
import { validationMessage } from "@/components/form/format";
import { SaveLoadPanel } from "@/components/procedure-form/SaveLoadPanel";
import { ApplyNotices } from "@/components/procedure-form/ApplyNotices";
import { applyContext, applyPath } from "./context";
import { chooseStatus, saveDraft } from "./actions";

type Props = {
  params: Promise<{ locale: string; code: string }>;
  searchParams: Promise<{ check?: string; step?: string; reselect?: string; loaded?: string; reused?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "apply" });
  return { title: t("title") };
}

// 申込 (§3.3.2, §4.2): the procedure's form, drawn from its definition.
export default async function ApplyPage({ params, searchParams }: Props) {
  const { locale, code } = await params;
  setRequestLocale(locale);
  const c = await applyContext(locale, code, "/apply");
  const t = await getTranslations("apply");
  const back = `/${locale}/procedures/${code}`;
  // 一括申請 has its own screens (§5.2); a closed gate is explained here for both.
  if (c.gate === "open" && isBulk(c.procedure.code)) redirect(`/${locale}/procedures/${c.procedure.code}/bulk`);
  if (c.gate !== "open" || !c.def) {
    return (
      <>
        <ApplyHeading procedure={c.name} title={t("title")} />
        <div className="panel mt-6 p-5" role="note">
          {c.gate === "officer" ? (
            <>
              <h2 className="text-lg font-bold">{t("officerTitle")}</h2>
              <p className="mt-2">{t("officerBody")}</p>
            </>
          ) : c.gate === "needsApproval" ? (
            <>
              <h2 className="text-lg font-bold">{t("gateTitle")}</h2>
              <p className="mt-2">{t("gateBody")}</p>
              <p className="mt-4">
                <a href={`/${locale}/procedures/usage`} className="btn btn-primary">
                  {t("gateLink")}
                </a>
              </p>
            </>
          ) : (
            <p>{t("notReady")}</p>
          )}
        </div>
        <p className="mt-8">
          <a href={back} className="btn btn-secondary">
            ‹ {t("backToProcedure")}
          </a>
        </p>
      </>
    );
  }
  const draft = c.draft;
  const u = c.user;
  const saved = (draft?.values ?? {}) as FormValues;
  const sp = await searchParams;
  const messages = await getMessages();
  const strings = { apply: messages.apply as Record<string, string> };
  const tx = resolver(c.lang);
  // After 読込む or 選択: what came in, and what did not.
  const loadedView = isRecordId(sp.loaded) ? await findLoadedFile(db(), u.id, code, sp.loaded) : null;
  const sf = await getTranslations("savedFile");
  const validation = messages.validation as Record<string, string>;
  const loadedRows = loadedView
    ? problemRows(
        c.def,
        loadedView.problems,
        tx,
        (k, x) => sf(k, x),
        (m) => validationMessage(validation, m),
      )
    : [];
  const loadedNotice = loadedView?.loadedAt && {
    title: t("loadedTitle"),
    body: t("loadedBody", { file: loadedView.fileName }),
    problems: loadedRows.length
      ? {
          summary: t("loadedProblems", { count: loadedRows.length }),
          caption: sf("problemsTitle"),
          headers: [sf("colItem"), sf("colProblem")] as [string, string],
          rows: loadedRows,
        }
      : undefined,
  };
  const past = isRecordId(sp.reused) ? await pastApplication(db(), u.id, code, sp.reused) : null;
  const reuse = past && reuseAnswers(past, { procedureCode: code, current: saved });
  const format = await getFormatter();
  const reusedNotice = past &&
    reuse && {
      title: t("reusedTitle"),
      body: t("reusedBody", {
        procedure: procedureName(past.procedureCode, locale),
        ref: past.referenceNo,
        date: format.dateTime(past.submittedAt, { dateStyle: "long", timeZone: "Asia/Tokyo" }),
      }),
      filledTitle: t("reusedFilled"),
      filled: reuse.summary.filled.length
        ? reuse.summary.filled.map((x) => t("reusedSection", { section: tx(x.title), count: x.count }))
        : [t("reusedNothing")],
      notFilledTitle: t("reusedNotFilled"),
      notFilled: reuse.summary.notFilled.map((x) => tx(x)),
    };
  const choice = statusChoiceForm(c.def);
  if (choice && (!saved.status || sp.reselect === "1")) {
    const offered = new Set(statusField(c.def)?.options.map((o) => o.value));
    const later = (acceptedStatuses(code) ?? [])
      // 特定活動 and 高度専門職 are offered by their 告示 group or 類型 (e.g. 高度専門職（1号ロ）).
      .filter((x) => !offered.has(x.ja) && ![...offered].some((o) => o.startsWith(`${x.ja}（`)))
      .map((x) => (c.lang === "ja" ? x.ja : x.en));
    return (
      <>
        <ApplyHeading procedure={c.name} title={t("title")} />
        <p className="mt-2">{t("statusLead")}</p>
        <ApplyNotices loaded={loadedNotice} reused={reusedNotice} />
        {saved.status && (
          <div className="panel mt-4 p-4" role="note">
            <p>{t("reselectWarning")}</p>
          </div>
        )}
        <ClientStringsProvider value={strings}>
          <FormView
            def={choice}
            lang={c.lang}
            action={chooseStatus.bind(null, locale, code)}
            initial={initialState({ status: saved.status ?? "" })}
            submitLabel={t("toInput")}
            secondary={
              <a href={back} className="btn btn-secondary">
                <span aria-hidden="true">‹</span>
                {t("backToProcedure")}
              </a>
            }
          />
        </ClientStringsProvider>
        {later.length > 0 && <p className="mt-8 text-muted">{t("notOffered", { list: later.join("、") })}</p>}
        <p className="mt-8 flex flex-wrap gap-x-8 gap-y-2">
          <a href={applyPath(locale, code, "/history")}>{t("fromHistory")}</a>
          <a href={applyPath(locale, code, "/load")}>{t("loadFile")}</a>
        </p>
      </>
    );
  }
  // A draft made only by attaching files has no answers yet: the profile still fills the form.
  const values = { ...initialValues(c.def), ...(Object.keys(saved).length ? saved : profilePrefill(u)) };
  const attachments = await draftAttachments(db(), u.id, code);
  const step = findStep(c.def, sp.step) ?? c.def.steps?.[0] ?? null;
  const shown = step ? stepForm(c.def, step) : c.def;
  // Sent back from 申込確認 (or the last step) because the saved answers do not pass: show why at once.
  const recheck =
    sp.check === "1" && draft ? draftSchema(c.def, fileCounts(attachments)).safeParse(draft.values) : null;
  const errors = recheck && !recheck.success ? issuesToErrors(recheck.error.issues) : {};
  const toFix = draft && step ? stepsWithIssues(c.def, normalize(c.def, draft.values as FormValues)) : [];
  const steps = c.def.steps ?? [];
  const at = steps.findIndex((x) => x.id === step?.id);
  const previous = step && neighbourStep(c.def, step.id, -1);
  return (
    <>
      <ApplyHeading procedure={c.name} title={t("title")} />
      {step && (
        <p className="mt-2 text-lg font-bold">
          {t("stepCount", { n: at + 1, total: steps.length, title: tx(step.title) })}
        </p>
      )}
      {choice && (
        <p className="mt-2 flex flex-wrap items-center gap-4">
          <span>
            <span className="font-bold">{tx(statusField(c.def)!.label)}</span>: {String(saved.status)}
          </span>
          <a href={`${applyPath(locale, code)}?reselect=1`} className="link">
            {t("reselect")}
          </a>
        </p>
      )}
      <ApplyNotices loaded={loadedNotice} reused={reusedNotice} />
      <p className="mt-2">{t("lead")}</p>
      <p className="mt-4">
        <a href={applyPath(locale, code, "/history")} aria-describedby="from-history-hint">
          {t("fromHistory")}
        </a>
        <span id="from-history-hint" className="block text-muted">
          {t("fromHistoryHint")}
        </span>
      </p>
      <ClientStringsProvider value={strings}>
        <FreshOnReturn version={draft?.updatedAt.getTime() ?? 0}>
          <ProcedureForm
            key={step?.id ?? "form"}
            def={shown}
            procedureCode={code}
            lang={c.lang}
            initial={{ ...initialState(values), errors }}
            attachments={attachments}
            action={saveDraft.bind(null, locale, code, step?.id ?? "")}
            backHref={back}
            submitLabel={step && at < steps.length - 1 ? t("next") : undefined}
            previousStep={previous ? { id: previous.id, label: t("prev") } : undefined}
            stepList={
              step && (
                <StepList
                  steps={steps.map((x, i) => ({
                    id: x.id,
                    title: tx(x.title),
                    current: x.id === step.id,
                    // Steps already passed (or all, when sent back to fix) that do not pass.
                    needsFix: x.id !== step.id && toFix.includes(x.id) && (i < at || sp.check === "1"),
                  }))}
                  labels={{
                    label: t("stepsLabel"),
                    current: t("stepCurrent"),
                    needsFix: t("stepNeedsFix"),
                    goTo: t("stepGoTo"),
                  }}
                />
              )
            }
          />
        </FreshOnReturn>
      </ClientStringsProvider>
      <SaveLoadPanel
        form="apply-form"
        saveUrl={`/api/procedures/${code}/saved-file?${new URLSearchParams({ locale, ...(step ? { step: step.id } : {}) })}`}
        loadHref={applyPath(locale, code, "/load")}
        labels={{
          title: t("saveLoadTitle"),
          notesTitle: t("saveLoadNotesTitle"),
          notes: [t("saveLoadNote1"), t("saveLoadNote2"), t("saveLoadNote3"), t("saveLoadNote4")],
          notComplete: t("saveLoadNotComplete"),
          save: t("saveFile"),
          saveHint: t("saveFileHint"),
          load: t("loadFile"),
          loadHint: t("loadFileHint"),
        }}
      />
    </>
  );
}
