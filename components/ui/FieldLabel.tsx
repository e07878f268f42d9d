import { ErrorIcon } from "./ErrorIcon";

/**
 * A field's label text: its item number, the words, 必須 as text, and when the field is invalid an
 * icon and a tint (data-invalid), never colour alone.
 */
export function FieldLabel({
  number,
  text,
  invalid,
  required,
  requiredText,
}: {
  number?: string;
  text: string;
  invalid?: boolean;
  required?: boolean;
  requiredText: string;
}) {
  return (
    <span className="field-label" data-invalid={invalid || undefined}>
      {invalid && <ErrorIcon />}
      {number && <span>{number}</span>}
      {text}
      {required && <span className="required-tag">{requiredText}</span>}
    </span>
  );
}
