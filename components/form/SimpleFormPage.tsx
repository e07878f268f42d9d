import { initialState, type FormDefinition, type FormState } from "@/lib/forms/types";
import { FormView } from "./FormView";

type Props = {
  title: string;
  lead?: string;
  def: FormDefinition;
  /** The definition's texts in the page's language (formTexts). */
  texts: Record<string, string>;
  lang: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  submitLabel: string;
  /** Where the secondary button and the finished notice lead. */
  back: { href: string; label: string };
  /** Without a back button on the form (the first step of a flow). */
  hideBackButton?: boolean;
  sent?: { title: string; body: string };
};

/** One-step account forms (login, ID reminder, password reset, email and password changes): heading, lead, form, then a sent notice. */
export function SimpleFormPage({
  title,
  lead,
  def,
  texts,
  lang,
  action,
  submitLabel,
  back,
  hideBackButton,
  sent,
}: Props) {
  return (
    <>
      <h1 className="text-2xl font-bold">{title}</h1>
      {lead && <p className="mt-4 whitespace-pre-line">{lead}</p>}
      <FormView
        def={def}
        texts={texts}
        lang={lang}
        action={action}
        initial={initialState()}
        submitLabel={submitLabel}
        secondary={
          hideBackButton ? undefined : (
            <a href={back.href} className="btn btn-secondary">
              ‹ {back.label}
            </a>
          )
        }
        done={sent && { title: sent.title, body: sent.body, back }}
      />
    </>
  );
}
