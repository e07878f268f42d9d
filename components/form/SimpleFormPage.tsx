import type { FieldSpec, FormName, FormResult } from "@/lib/accounts/forms";
import { SchemaForm } from "./SchemaForm";
import { SentNotice } from "./SentNotice";

type Props = {
  title: string;
  lead?: string;
  schema: FormName;
  fields: FieldSpec[];
  action: (values: Record<string, string>, stage: "check" | "commit") => Promise<FormResult | void>;
  submitLabel: string;
  /** Where the secondary button and the finished notice lead. */
  back: { href: string; label: string };
  /** Without a back button on the form (the first step of a flow). */
  hideBackButton?: boolean;
  sent: { title: string; body: string };
};

/** One-step account forms (ID reminder, password reset, email and password changes): heading, lead, form, then a sent notice. */
export function SimpleFormPage({ title, lead, schema, fields, action, submitLabel, back, hideBackButton, sent }: Props) {
  return (
    <>
      <h1 className="text-2xl font-bold">{title}</h1>
      {lead && <p className="mt-4 whitespace-pre-line">{lead}</p>}
      <SchemaForm
        schema={schema}
        fields={fields}
        action={action}
        submitLabel={submitLabel}
        secondary={hideBackButton ? undefined : <a href={back.href} className="btn btn-secondary">‹ {back.label}</a>}
        done={<SentNotice title={sent.title} body={sent.body} backHref={back.href} backLabel={back.label} />}
      />
    </>
  );
}
