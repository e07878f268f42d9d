"use client";
import { useClientStrings } from "@/components/ClientStrings";
import { FieldLabel } from "@/components/form/fields";
import { FieldErrors } from "@/components/form/FieldErrors";
import { FileInput } from "@/components/ui/controls";
import { fill, formatBytes } from "@/components/form/format";
import type { AttachedFile } from "./Attachments";

/**
 * 顔写真 (§4.2.4): one JPEG, portrait 縦4:横3. Choosing and 写真を添付する send it with the form, with
 * or without JavaScript (the server checks the content, not the name); the attached photo is shown
 * with its alt text and can be replaced or removed.
 */
export function PhotoField({
  photo,
  errors,
  lang,
}: {
  photo: AttachedFile | undefined;
  errors: string[];
  lang: string;
}) {
  const s = useClientStrings("apply");
  const invalid = errors.length > 0;
  return (
    <section aria-labelledby="photo-heading" className="mt-10">
      <h2 id="photo-heading" className="text-xl font-bold">
        {s.photoHeading}
      </h2>
      <div className="mt-4">
        <label htmlFor="field-photo">
          <FieldLabel text={s.photoField} invalid={invalid} required />
        </label>
        <p id="photo-hint" className="mt-1 whitespace-pre-line text-muted">
          {s.photoHint}
        </p>
        <FieldErrors id="photo-error" errors={errors} />
        {photo && (
          <figure className="mt-3 flex flex-wrap items-end gap-4">
            {/* eslint-disable-next-line @next/next/no-img-element -- a private file of this user, not an optimisable asset */}
            <img
              src={`/api/attachments/${encodeURIComponent(photo.id)}`}
              alt={s.photoAlt}
              width={150}
              height={200}
              className="h-[200px] w-[150px] border-2 border-rule object-cover"
            />
            <figcaption>
              <span className="break-all">{photo.name}</span>（{formatBytes(photo.size, lang)}）
              <br />
              <button
                type="submit"
                name="intent"
                value={`removeFile:${photo.id}`}
                formNoValidate
                className="btn btn-secondary mt-2 min-h-11 py-1"
              >
                {fill(s.removeNamed, { name: s.photoField })}
              </button>
            </figcaption>
          </figure>
        )}
        <div className="mt-3 flex flex-wrap items-center gap-4">
          <FileInput
            id="field-photo"
            name="photo"
            accept="image/jpeg,.jpg,.jpeg"
            aria-invalid={invalid || undefined}
            aria-describedby={["photo-hint", invalid && "photo-error"].filter(Boolean).join(" ")}
          />
          <button type="submit" name="intent" value="attachPhoto" formNoValidate className="btn btn-secondary">
            {photo ? s.replacePhoto : s.attachPhoto}
          </button>
        </div>
      </div>
    </section>
  );
}
