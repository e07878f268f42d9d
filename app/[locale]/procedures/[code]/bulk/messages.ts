import { getMessages } from "next-intl/server";
import { validationMessage } from "@/components/form/format";
import type { RowProblem } from "@/lib/bulk/read";

/** A row problem's message key in the reader's language: the bulk screens' own, else the form's. */
export async function rowProblemText() {
  const messages = await getMessages();
  const bulk = messages.bulk as Record<string, string>;
  const validation = messages.validation as Record<string, string>;
  return (message: string) => {
    const [key, query] = message.split("?");
    const params = new URLSearchParams(query ?? "");
    if (key === "option" && params.has("value")) return validationMessage(bulk, `optionValue?${query}`);
    return key in bulk ? validationMessage(bulk, message) : validationMessage(validation, message);
  };
}

/**
 * A row's problems as the form's field errors: the form's own message keys as they are (the form
 * says them), the bulk screens' own already said, with no "?" left to read as parameters.
 */
export async function rowErrors(problems: RowProblem[]): Promise<Record<string, string[]>> {
  const messages = await getMessages();
  const bulk = messages.bulk as Record<string, string>;
  const say = await rowProblemText();
  const out: Record<string, string[]> = {};
  for (const p of problems) {
    const key = p.message.split("?")[0];
    const own = key in bulk || (key === "option" && p.message.includes("value="));
    (out[p.key] ??= []).push(own ? say(p.message).replace(/\?/g, "？") : p.message);
  }
  return out;
}
