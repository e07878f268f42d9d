import { FieldLabel } from "@/components/ui/FieldLabel";
import { Textarea } from "@/components/ui/controls";

/** The officer's request to the applicant (返却): a required textarea with its hint and its error. */
export function RequestMessage({
  id,
  label,
  hint,
  error,
  requiredText,
}: {
  id: string;
  label: string;
  hint: string;
  error: string | null;
  requiredText: string;
}) {
  return (
    <>
      <label htmlFor={id} className="mt-3 block">
        <FieldLabel text={label} invalid={!!error} required requiredText={requiredText} />
      </label>
      <p id={`${id}-hint`} className="mt-1 text-muted">
        {hint}
      </p>
      {error && (
        <p id={`${id}-error`} role="alert" className="mt-1 font-bold text-error">
          {error}
        </p>
      )}
      <Textarea
        id={id}
        name="message"
        rows={5}
        maxLength={1000}
        aria-required="true"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
      />
    </>
  );
}
