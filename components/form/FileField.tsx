import type { ReactNode } from "react";
import { FieldErrors } from "@/components/form/FieldErrors";
import { FileInput } from "@/components/ui/controls";
import { FieldLabel } from "@/components/ui/FieldLabel";

/**
 * A required file chooser of a plain upload form (ファイル読込, 一括申請アップロード): label with
 * 必須, hint, the message right by it (and anything more to say about it), aria-invalid.
 */
export function FileField({
  label,
  requiredText,
  hint,
  error,
  more,
  accept,
  multiple,
}: {
  label: string;
  requiredText: string;
  hint: string;
  error: string;
  more?: ReactNode;
  accept: string;
  /** Several files make one upload (a CSV per sheet). */
  multiple?: boolean;
}) {
  return (
    <div className="mt-2">
      <label htmlFor="field-file" className="block">
        <FieldLabel text={label} invalid={!!error} required requiredText={requiredText} />
      </label>
      <p id="field-file-hint" className="text-muted">
        {hint}
      </p>
      <div id="field-file-error">
        <FieldErrors errors={error ? [error] : []} />
        {more}
      </div>
      <div className="mt-1">
        <FileInput
          id="field-file"
          name="file"
          accept={accept}
          multiple={multiple}
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "field-file-error field-file-hint" : "field-file-hint"}
        />
      </div>
    </div>
  );
}
