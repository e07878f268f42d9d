"use client";
import {
  useActionState,
  useEffect,
  useMemo,
  useRef,
  useState,
  startTransition,
  type FormEvent,
  type ReactNode,
} from "react";
import { useForm, useWatch, type FieldErrors, type Resolver } from "react-hook-form";
import { useClientStrings } from "@/components/ClientStrings";
import {
  allFields,
  holds,
  initialValues,
  isRequired,
  isShown,
  resolver,
  reviewRows,
  type Issue,
} from "@/lib/forms/engine";
import {
  unknownName,
  type Condition,
  type FieldDef,
  type FormDefinition,
  type FormState,
  type FormValues,
  type GroupRow,
} from "@/lib/forms/types";
import { ErrorSummary, type SummaryItem } from "./ErrorSummary";
import { Button } from "@/components/ui/Button";
import { Stepper, type StepperLabels } from "@/components/ui/Stepper";
import { SummaryList } from "@/components/ui/SummaryList";
import { GroupInput, LeafInput, type FieldContext } from "./fields";
import { validationMessage } from "./format";
import { PointsTally } from "./PointsTally";

export type ReviewStep = { title: string; lead: string; backLabel: string; submitLabel: string; masked: string };
export type DoneStep = {
  title?: string;
  body: string;
  link?: { href: string; label: string };
  back?: { href: string; label: string };
};

type Props = {
  def: FormDefinition;
  /** The definition's message-key texts, resolved on the server in the page's language. */
  texts?: Record<string, string>;
  lang: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initial: FormState;
  submitLabel: string;
  /** Buttons or links before the submit button (e.g. back). */
  secondary?: ReactNode;
  /** The form's own h1, when it changes with the step (入力 → 確認 → 完了). */
  title?: string;
  steps?: StepperLabels;
  review?: ReviewStep;
  done?: DoneStep;
  /** Fixed facts shown with the form and on the check-answers step (e.g. the address a link went to). */
  fixed?: { label: string; value: string }[];
  /** Extra checks the browser can make (e.g. a file attached), with summary labels for their paths. */
  clientCheck?: (values: FormValues) => Issue[];
  extraLabels?: Record<string, string>;
  multipart?: boolean;
  /** The input form's id, for buttons outside it (`form="…"`). */
  formId?: string;
  /** Runs before the browser checks and sends the form (e.g. finish uploads still under way). */
  beforeSubmit?: () => Promise<void>;
  /** Content of the form before the error summary (e.g. the step list of a form in steps). */
  before?: ReactNode;
  /** Content of the form after the fields (e.g. attachments); it may read the answer and messages. */
  children?: ReactNode | ((state: FormState, errorsFor: (path: string) => string[]) => ReactNode);
};

const loadSchema = () => import("@/lib/forms/schema");

/**
 * react-hook-form's resolver from the form's zod schema (the one the server action parses with).
 * The schema module is loaded on the first interaction with the form, not with the page: the form
 * works without it, and checks run only when it is sent.
 */
function schemaResolver(
  def: FormDefinition,
  extra?: (values: FormValues) => Issue[],
): Resolver<Record<string, unknown>> {
  let schema: ReturnType<Awaited<ReturnType<typeof loadSchema>>["formSchema"]> | undefined;
  return async (values) => {
    schema ??= (await loadSchema()).formSchema(def, extra);
    const r = schema.safeParse(values);
    if (r.success) return { values: r.data, errors: {} };
    const errors: Record<string, unknown> = {};
    for (const issue of r.error.issues) {
      const path = issue.path.map(String);
      let at = errors;
      for (const p of path.slice(0, -1)) at = (at[p] ??= {}) as Record<string, unknown>;
      const leaf = (at[path[path.length - 1] ?? "_form"] ??= { type: "custom", message: issue.message, types: {} }) as {
        types: Record<string, string>;
      };
      leaf.types[`m${Object.keys(leaf.types).length}`] = issue.message;
    }
    return { values: {}, errors: errors as FieldErrors };
  };
}

/** Fixed facts (the address a link went to …) read back first, in the first section. */
function withFacts(sections: ReturnType<typeof reviewRows>, fixed: { label: string; value: string }[]) {
  const facts = fixed.map((x) => ({ field: "", label: x.label, value: x.value }));
  if (!sections.length) return facts.length ? [{ title: "", rows: facts }] : [];
  return [{ ...sections[0], rows: [...facts, ...sections[0].rows] }, ...sections.slice(1)];
}

/**
 * The one form of the service, drawn from a definition. It is a real form: method="post" to a
 * server action that parses the FormData with the same schema, so it works before and without
 * JavaScript (the server renders the page again from the action's answer). JavaScript adds the
 * check in the browser before sending, focus management and the step changes without a reload.
 */
export function FormView({
  def,
  texts = {},
  lang,
  action,
  initial,
  submitLabel,
  secondary,
  title,
  steps,
  review,
  done,
  fixed = [],
  clientCheck,
  extraLabels = {},
  multipart,
  formId,
  beforeSubmit,
  before,
  children,
}: Props) {
  const s = useClientStrings("form");
  const v = useClientStrings("validation");
  const [state, formAction, pending] = useActionState(action, initial);
  // The first render starts from the action's answer when there is one: without JavaScript the
  // server renders this page again from it.
  const [serverErrors, setServerErrors] = useState(state.errors);
  const [summaryVersion, setSummaryVersion] = useState(Object.keys(state.errors).length || state.formError ? 1 : 0);
  // Back from the check-answers step happens in the browser when it can: everything typed is still here.
  const [localInput, setLocalInput] = useState(false);
  const step = localInput ? "input" : state.step;
  const tx = useMemo(() => resolver(lang, texts), [lang, texts]);
  const validator = useMemo(() => schemaResolver(def, clientCheck), [def, clientCheck]);
  const [firstValues] = useState(state.values);
  const defaults = useMemo(() => ({ ...initialValues(def), ...firstValues }), [def, firstValues]);
  const form = useForm<Record<string, unknown>>({
    resolver: validator,
    defaultValues: defaults,
    mode: "onSubmit",
    reValidateMode: "onSubmit",
    criteriaMode: "all",
    shouldFocusError: false,
  });
  const values = { ...defaults, ...useWatch({ control: form.control }) } as FormValues;
  const heading = useRef<HTMLHeadingElement>(null);

  // A new answer from the server: its messages replace the old ones; hidden values follow it.
  const seen = useRef(state);
  useEffect(() => {
    if (seen.current === state) return;
    seen.current = state;
    // The browser's messages of an earlier attempt are stale too (e.g. a photo attached since).
    form.clearErrors();
    setServerErrors(state.errors);
    setLocalInput(false);
    for (const f of allFields(def)) if (f.type === "hidden") form.setValue(f.name, state.values[f.name] ?? "");
    setSummaryVersion((n) => n + 1);
    if (title && state.step !== "input") heading.current?.focus();
  }, [state, def, form, title]);

  // Arriving at a field to change it (変更 on a check-answers page, or #field-x in the address).
  const [firstFocus] = useState(state.focus);
  useEffect(() => {
    const target =
      firstFocus ?? (location.hash.startsWith("#field-") ? decodeURIComponent(location.hash.slice(7)) : undefined);
    if (target) document.getElementById(`field-${target}`)?.focus();
  }, [firstFocus]);

  const errorAt = (path: string): string[] => {
    const e = path
      .split(".")
      .reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], form.formState.errors) as
      { message?: string; types?: Record<string, unknown> } | undefined;
    const own = e?.types ? Object.values(e.types).flat().map(String) : e?.message ? [e.message] : [];
    return [...new Set([...own, ...(serverErrors[path] ?? [])])].map((m) => validationMessage(v, m));
  };
  const rowAt = (path: string) => {
    const parts = path.split(".");
    return parts.length === 3 ? ((values[parts[0]] as GroupRow[] | undefined) ?? [])[Number(parts[1])] : undefined;
  };
  const initialAt = (path: string) =>
    path.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], defaults);
  const ctx: FieldContext = {
    tx,
    lang,
    register: form.register,
    control: form.control,
    errorsFor: errorAt,
    setValue: (path, value) => form.setValue(path, value, { shouldDirty: true }),
    focus: state.step === "input" ? state.focus : undefined,
    initial: initialAt,
    required: (f: FieldDef, path: string) => isRequired(f, values, rowAt(path)),
    holds: (c: Condition, path: string) => holds(c, values, rowAt(path)),
  };

  // Summary in form order, one line per broken rule, each linking to its field.
  const items: SummaryItem[] = [];
  for (const f of allFields(def)) {
    if (f.type === "hidden" || !isShown(f, values)) continue;
    for (const message of errorAt(f.name)) items.push({ field: f.name, label: tx(f.label), message });
    if (f.type === "group")
      ((values[f.name] as GroupRow[] | undefined) ?? []).forEach((_, i) =>
        f.fields.forEach((c) =>
          errorAt(`${f.name}.${i}.${c.name}`).forEach((message) =>
            items.push({ field: `${f.name}.${i}.${c.name}`, label: `${tx(f.label)} ${i + 1} ${tx(c.label)}`, message }),
          ),
        ),
      );
  }
  for (const [path, label] of Object.entries(extraLabels))
    for (const message of errorAt(path)) items.push({ field: path, label, message });

  const send = (formEl: HTMLFormElement, submitter: HTMLElement | null) => {
    const data = new FormData(formEl, submitter);
    startTransition(() => formAction(data));
  };
  const onInputSubmit = async (e: FormEvent<HTMLFormElement>) => {
    const submitter = (e.nativeEvent as SubmitEvent).submitter;
    // A button with its own address (入力中のデータを保存する, a download) posts natively.
    if (submitter?.hasAttribute("formaction")) return;
    e.preventDefault();
    const formEl = e.currentTarget;
    await beforeSubmit?.();
    // formNoValidate buttons (前へ, the step list) keep the answers without checking them.
    if (submitter?.hasAttribute("formnovalidate")) return send(formEl, submitter);
    void form.handleSubmit(
      () => send(formEl, submitter),
      () => {
        setServerErrors({});
        setSummaryVersion((n) => n + 1);
      },
    )();
  };
  const onReviewSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const intent = submitter?.value ?? "";
    if (intent === "back" || intent.startsWith("edit:")) {
      setLocalInput(true);
      const field = intent.startsWith("edit:") ? intent.slice(5) : undefined;
      setTimeout(() => (field ? document.getElementById(`field-${field}`) : heading.current)?.focus(), 0);
      return;
    }
    send(e.currentTarget, submitter);
  };

  const h1 = title && (
    <h1 ref={heading} tabIndex={-1} className="text-2xl font-bold focus:outline-none">
      {step === "input" ? title : step === "review" ? review?.title : (done?.title ?? title)}
    </h1>
  );
  const stepper = steps && <Stepper labels={steps} step={step} />;
  const facts = fixed.map((x) => (
    <p key={x.label} className="mt-4">
      <span className="font-bold">{x.label}</span>: {x.value}
    </p>
  ));

  if (step === "done" && done) {
    const onward = done.link ?? done.back;
    return (
      <>
        {h1}
        {stepper}
        <div role="status" className={title ? "panel mt-6 p-5" : "mt-6"}>
          {!title && done.title && <h2 className="text-xl font-bold">{done.title}</h2>}
          <p className={!title && done.title ? "mt-2" : undefined}>{done.body}</p>
        </div>
        {onward && (
          <p className="mt-6">
            <a href={onward.href} className={done.link ? "btn btn-primary" : "btn btn-secondary"}>
              {onward.label}
            </a>
          </p>
        )}
      </>
    );
  }

  const reviewing = step === "review" && review;
  const shownHidden = allFields(def).filter((f) => f.type === "hidden");
  return (
    <>
      {h1}
      {stepper}
      {reviewing && (
        <form method="post" action={formAction} onSubmit={onReviewSubmit} noValidate>
          <p className="mt-4">{review.lead}</p>
          {/* The answers go back with the form, so the server checks them again (secrets stay on the server). */}
          {allFields(def).flatMap((f) =>
            f.type === "group" ||
            f.type === "hidden" ||
            ("review" in f && f.review) ||
            (f.type === "text" && f.input === "password")
              ? []
              : [f.name, ...(f.type === "date" && f.unknownParts ? [unknownName(f.name)] : [])].flatMap((name) => {
                  const val = state.values[name];
                  return (Array.isArray(val) ? (val as string[]) : [String(val ?? "")]).map((x, i) => (
                    <input key={`${name}-${i}`} type="hidden" name={name} value={x} />
                  ));
                }),
          )}
          {shownHidden.map((f) => (
            <input key={f.name} type="hidden" name={f.name} value={String(state.values[f.name] ?? "")} />
          ))}
          <ErrorSummary items={[]} formError={state.formError} version={summaryVersion} />
          <SummaryList
            sections={withFacts(reviewRows(def, state.values, tx, lang, review.masked), fixed)}
            change={{ label: s.change, button: true }}
          />
          <div className="mt-8 flex flex-wrap gap-4">
            <Button type="submit" name="intent" value="back">
              <span aria-hidden="true">‹</span>
              {review.backLabel}
            </Button>
            <Button type="submit" name="intent" value="commit" variant="primary" busy={pending}>
              {review.submitLabel}
              <span aria-hidden="true">›</span>
            </Button>
          </div>
        </form>
      )}
      <div hidden={!!reviewing}>
        {facts}
        <form
          id={formId}
          method="post"
          action={formAction}
          encType={multipart ? "multipart/form-data" : undefined}
          onSubmit={onInputSubmit}
          onFocus={() => void loadSchema()}
          noValidate
        >
          {before}
          <ErrorSummary
            items={items}
            formError={step === "input" ? state.formError : undefined}
            version={summaryVersion}
          />
          {shownHidden.map((f) => (
            <input
              key={f.name}
              type="hidden"
              {...form.register(f.name)}
              defaultValue={String(defaults[f.name] ?? "")}
            />
          ))}
          {def.sections.map((section) => {
            const fields = section.fields.filter((f) => f.type !== "hidden" && isShown(f, values));
            const body = fields.map((f) =>
              f.type === "group" ? (
                <GroupInput key={f.name} f={f} ctx={ctx} />
              ) : f.type === "hidden" ? null : (
                <LeafInput key={f.name} f={f} path={f.name} ctx={ctx} />
              ),
            );
            return section.title ? (
              <section key={section.id} aria-labelledby={`section-${section.id}`} className="mt-8">
                <h2 id={`section-${section.id}`} className="border-b-2 border-rule pb-1 text-xl font-bold">
                  {tx(section.title)}
                </h2>
                {body}
                {section.tally && <PointsTally kind={section.tally} values={values} lang={lang} />}
              </section>
            ) : (
              <div key={section.id}>{body}</div>
            );
          })}
          {typeof children === "function" ? children(state, errorAt) : children}
          <div className="mt-10 flex flex-wrap items-center gap-4">
            {secondary}
            <Button type="submit" name="intent" value="continue" variant="primary" busy={pending}>
              {submitLabel}
              <span aria-hidden="true">›</span>
            </Button>
          </div>
        </form>
      </div>
    </>
  );
}
