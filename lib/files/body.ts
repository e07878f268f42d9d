/**
 * Reads a request body up to `max` bytes, counting as it reads: a chunked body (no
 * Content-Length) or a lying header is stopped at the limit, so memory stays bounded.
 */
export async function readBodyLimited(
  body: ReadableStream<Uint8Array> | null,
  max: number,
): Promise<Uint8Array | "tooLarge"> {
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {});
      return "tooLarge";
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** A multipart form read within the limit; null when it is not a readable form. */
export async function readFormLimited(request: Request, max: number): Promise<FormData | null | "tooLarge"> {
  if (Number(request.headers.get("content-length") ?? 0) > max) return "tooLarge";
  const bytes = await readBodyLimited(request.body, max);
  if (bytes === "tooLarge") return bytes;
  try {
    return await new Response(bytes as BodyInit, {
      headers: { "content-type": request.headers.get("content-type") ?? "" },
    }).formData();
  } catch {
    return null;
  }
}

/**
 * The file chosen in a file input, or null when none was: an input left empty still sends an
 * empty part, named "" by a plain post and "undefined" through React's encoding of an action.
 */
export function chosenFile(value: FormDataEntryValue | null): File | null {
  if (!(value instanceof File)) return null;
  return value.size === 0 && (!value.name || value.name === "undefined") ? null : value;
}
