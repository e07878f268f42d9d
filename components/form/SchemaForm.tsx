"use client";
import { useEffect, useRef, useState, useTransition, type ReactNode } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useClientStrings } from "@/components/ClientStrings";
import { formSchemas, type FieldSpec, type FormName, type FormResult } from "@/lib/accounts/forms";
import { ErrorSummary } from "./ErrorSummary";
import { Field } from "./Field";

export type Review = { title: string; lead: string; backLabel: string; submitLabel: string; masked: string[]; maskText: string };
export type Done = { title: string; body: string; valueLabel?: string; valueKey?: string; linkHref?: string; linkLabel?: string };
export type Steps = { label: string; input: string; review: string; done: string; current: string };

type Props = {
  schema: FormName;
  /** The input step's heading; with `review`, the form runs 入力 → 確認 → 完了 and owns the h1. */
  title?: string;
  review?: Review;
  doneView?: Done;
  steps?: Steps;
  /** Fixed facts shown with the form and on the review (e.g. the address the link was mailed to). */
  fixed?: { label: string; value: string }[];
  fields: FieldSpec[];
  action: (values: Record<string, string>, stage: "check" | "commit") => Promise<FormResult | void>;
  submitLabel: string;
  defaultValues?: Record<string, string>;
  secondary?: ReactNode;
  /** Rendered instead of the form once the action answers { done: true }. */
  done?: ReactNode;
};

/**
 * A form described as data: the named zod schema validates in the browser, the server action
 * validates again with the same schema. Errors show by each field and in the summary; nothing
 * typed is lost.
 */
export function SchemaForm({ schema, fields, action, submitLabel, defaultValues, secondary, done, title, review, doneView, steps, fixed = [] }: Props) {
  const [step, setStep] = useState<"input" | "review" | "done">("input");
  const [doneValues, setDoneValues] = useState<Record<string, string>>({});
  const heading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (!title) return;
    const h = step === "input" ? title : step === "review" ? review!.title : doneView!.title;
    document.title = document.title.replace(/^[^|]*\|/, `${h} |`);
    heading.current?.focus();
  }, [step, title, review, doneView]);
  const v = useClientStrings("validation");
  const [serverErrors, setServerErrors] = useState<Record<string, string[]>>({});
  const [formError, setFormError] = useState<string>();
  const [finished, setFinished] = useState(false);
  const [version, setVersion] = useState(0);
  const [pending, startTransition] = useTransition();
  const form = useForm<Record<string, string>>({
    resolver: zodResolver(formSchemas[schema] as never, undefined, { raw: true }) as never,
    defaultValues: defaultValues ?? Object.fromEntries(fields.map((f) => [f.name, ""])),
    mode: "onSubmit",
    reValidateMode: "onSubmit",
    criteriaMode: "all",
    shouldFocusError: false,
  });
  const values = form.watch();
  const visible = fields.filter((f) => !f.showWhen || f.showWhen.values.includes(values[f.showWhen.field]));

  const errorsFor = (name: string): string[] => {
    const e = form.formState.errors[name];
    const keys = e?.types ? Object.values(e.types).flat().map(String) : e?.message ? [String(e.message)] : [];
    const all = [...new Set([...keys, ...(serverErrors[name] ?? [])])];
    return all.map((k) => v[k] ?? k);
  };
  const items = visible.flatMap((f) => errorsFor(f.name).map((message) => ({ field: f.name, label: f.label, message })));

  const submit = (data: Record<string, string>, stage: "check" | "commit") => {
    setFormError(undefined);
    startTransition(async () => {
      const result = await action(data, stage);
      const failed = !!(result?.errors && Object.keys(result.errors).length) || !!result?.formError;
      setServerErrors(result?.errors ?? {});
      setFormError(result?.formError);
      if (failed) {
        setStep("input");
      } else if (stage === "check" && review) {
        setStep("review");
      } else if (result?.done) {
        setFinished(true);
        setDoneValues(result.values ?? {});
        setStep("done");
      }
      setVersion((n) => n + 1);
    });
  };
  const onValid = (data: Record<string, string>) => submit(data, review ? "check" : "commit");

  const h1 = title && (
    <h1 ref={heading} tabIndex={-1} className="text-2xl font-bold focus:outline-none">
      {step === "input" ? title : step === "review" ? review!.title : doneView!.title}
    </h1>
  );
  const stepper = steps && (
    <nav aria-label={steps.label} className="mt-4">
      <ol className="flex flex-wrap gap-2">
        {(["input", "review", "done"] as const).map((k, i) => (
          <li key={k} aria-current={k === step ? "step" : undefined} className={`rounded-full border-2 px-4 py-1 ${k === step ? "border-primary bg-primary font-bold text-on-primary" : "border-control-border"}`}>
            {i + 1}. {steps[k]}
            {k === step && <span className="sr-only">（{steps.current}）</span>}
          </li>
        ))}
      </ol>
    </nav>
  );

  if (finished && doneView) {
    return (
      <>
        {h1}
        {stepper}
        <div role="status" className="panel mt-6 p-5">
          <p>{doneView.body}</p>
          {doneView.valueKey && (
            <p className="mt-3">
              {doneView.valueLabel}: <strong className="text-2xl" data-testid="issued-value">{doneValues[doneView.valueKey]}</strong>
            </p>
          )}
        </div>
        {doneView.linkHref && (
          <p className="mt-6">
            <a href={doneView.linkHref} className="btn btn-primary">
              {doneView.linkLabel}
            </a>
          </p>
        )}
      </>
    );
  }
  if (finished && done) return <>{done}</>;
  if (step === "review" && review) {
    const shown = [...fixed, ...visible.map((f) => ({
      label: f.label,
      value: review.masked.includes(f.name) ? review.maskText : f.options?.find((o) => o.value === values[f.name])?.label ?? values[f.name],
    }))];
    return (
      <>
        {h1}
        {stepper}
        <p className="mt-4">{review.lead}</p>
        <dl className="mt-4 divide-y divide-rule border-y border-rule">
          {shown.map((r) => (
            <div key={r.label} className="grid gap-1 py-3 sm:grid-cols-[16rem_1fr]">
              <dt className="font-bold">{r.label}</dt>
              <dd className="whitespace-pre-wrap">{r.value}</dd>
            </div>
          ))}
        </dl>
        <div className="mt-8 flex flex-wrap gap-4">
          <button type="button" className="btn btn-secondary" onClick={() => setStep("input")}>
            <span aria-hidden="true">‹</span>
            {review.backLabel}
          </button>
          <button type="button" className="btn btn-primary" disabled={pending} onClick={() => submit(form.getValues(), "commit")}>
            {review.submitLabel}
            <span aria-hidden="true">›</span>
          </button>
        </div>
      </>
    );
  }
  return (
    <>
    {h1}
    {stepper}
    {fixed.map((x) => (
      <p key={x.label} className="mt-4">
        <span className="font-bold">{x.label}</span>: {x.value}
      </p>
    ))}
    <form noValidate onSubmit={form.handleSubmit(onValid, () => { setServerErrors({}); setFormError(undefined); setVersion((n) => n + 1); })}>
      <ErrorSummary items={items} formError={formError} version={version} />
      {visible.map((f) => (
        <Field key={f.name} spec={f} errors={errorsFor(f.name)} registration={form.register(f.name)} />
      ))}
      <div className="mt-8 flex flex-wrap items-center gap-4">
        {secondary}
        <button type="submit" className="btn btn-primary" aria-disabled={pending || undefined} disabled={pending}>
          {submitLabel}
          <span aria-hidden="true">›</span>
        </button>
      </div>
    </form>
    </>
  );
}
