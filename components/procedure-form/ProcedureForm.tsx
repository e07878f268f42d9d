"use client";
import { useMemo, useRef, useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useClientStrings } from "@/components/ClientStrings";
import { ErrorSummary, type SummaryItem } from "@/components/form/ErrorSummary";
import { formSchema, isRequired, isShown, leafFields } from "@/lib/forms/engine";
import type { FieldDef, FormDefinition, FormValues } from "@/lib/forms/types";
import { Attachments, type AttachedFile } from "./Attachments";
import { GroupInput, LeafInput, type FieldContext, type Lang } from "./EngineField";
import { engineMessage } from "@/components/form/format";

type Props = {
  def: FormDefinition;
  procedureCode: string;
  lang: Lang;
  initial: FormValues;
  initialErrors?: Record<string, string[]>;
  attachments: AttachedFile[];
  /** Saves the draft after checking it again on the server; redirects to 申込確認 when it passes. */
  action: (values: FormValues) => Promise<{ errors: Record<string, string[]> } | void>;
  backHref: string;
};

function errorAt(errors: unknown, path: string): string[] {
  const e = path.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], errors) as { message?: string; types?: Record<string, unknown> } | undefined;
  if (!e) return [];
  const fromTypes = e.types ? Object.values(e.types).flat().map(String) : [];
  return fromTypes.length ? fromTypes : e.message ? [e.message] : [];
}

/** The input page of any procedure form, drawn from its definition. */
export function ProcedureForm({ def, procedureCode, lang, initial, initialErrors = {}, attachments, action, backHref }: Props) {
  const s = useClientStrings("apply");
  const m = useClientStrings("engine");
  const [files, setFiles] = useState(attachments);
  const fileCount = useRef(attachments.length);
  fileCount.current = files.length;
  const [serverErrors, setServerErrors] = useState(initialErrors);
  const [version, setVersion] = useState(Object.keys(initialErrors).length ? 1 : 0);
  const [pending, startTransition] = useTransition();
  const schema = useMemo(() => formSchema(def, () => (def.attachments?.required && fileCount.current === 0 ? [{ path: "attachments", message: "attachmentsRequired" }] : [])), [def]);
  const form = useForm<Record<string, unknown>>({
    resolver: zodResolver(schema as never, undefined, { raw: true }) as never,
    defaultValues: initial,
    mode: "onSubmit",
    reValidateMode: "onSubmit",
    criteriaMode: "all",
    shouldFocusError: false,
  });
  const values = form.watch() as FormValues;

  const errorsFor = (path: string) => [...new Set([...errorAt(form.formState.errors, path), ...(serverErrors[path] ?? [])])].map((k) => engineMessage(m, k));
  const ctx: FieldContext = {
    lang,
    register: form.register,
    control: form.control,
    errorsFor,
    required: (f: FieldDef, path: string) => {
      const parts = path.split(".");
      const scope = parts.length === 3 ? (((values[parts[0]] as unknown[]) ?? [])[Number(parts[1])] as FormValues) ?? {} : values;
      return isRequired(f, scope);
    },
  };

  // Summary in form order, one line per broken rule, each linking to its field.
  const items: SummaryItem[] = [];
  for (const f of leafFields(def)) {
    if (!isShown(f, values)) continue;
    for (const msg of errorsFor(f.name)) items.push({ field: f.name, label: f.label[lang], message: msg });
    if (f.type === "group")
      ((values[f.name] as unknown[]) ?? []).forEach((_, i) =>
        f.fields.forEach((c) => errorsFor(`${f.name}.${i}.${c.name}`).forEach((msg) => items.push({ field: `${f.name}.${i}.${c.name}`, label: `${f.label[lang]} ${i + 1} ${c.label[lang]}`, message: msg }))),
      );
  }
  for (const msg of errorsFor("attachments")) items.push({ field: "attachments", label: s.attachField, message: msg });

  const onValid = (data: Record<string, unknown>) => {
    startTransition(async () => {
      const result = await action(data as FormValues);
      setServerErrors(result?.errors ?? {});
      setVersion((n) => n + 1);
    });
  };

  return (
    <form
      noValidate
      onSubmit={form.handleSubmit(onValid, () => {
        setServerErrors({});
        setVersion((n) => n + 1);
      })}
    >
      <ErrorSummary items={items} version={version} />
      <p className="mt-2">{s.lead}</p>
      {def.sections.map((section) => (
        <section key={section.id} aria-labelledby={`section-${section.id}`} className="mt-8">
          <h2 id={`section-${section.id}`} className="border-b-2 border-rule pb-1 text-xl font-bold">
            {section.title[lang]}
          </h2>
          {section.fields.filter((f) => isShown(f, values)).map((f) => (f.type === "group" ? <GroupInput key={f.name} f={f} ctx={ctx} /> : <LeafInput key={f.name} f={f} path={f.name} ctx={ctx} />))}
        </section>
      ))}
      {def.attachments && <Attachments procedureCode={procedureCode} rule={def.attachments} lang={lang} files={files} onChange={setFiles} errors={errorsFor("attachments")} />}
      <div className="mt-10 flex flex-wrap items-center gap-4">
        <a href={backHref} className="btn btn-secondary">
          <span aria-hidden="true">‹</span>
          {s.backToProcedure}
        </a>
        <button type="submit" className="btn btn-primary" disabled={pending}>
          {s.toConfirm}
          <span aria-hidden="true">›</span>
        </button>
      </div>
    </form>
  );
}
