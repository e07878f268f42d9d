import { getMessages } from "next-intl/server";
import { validationMessage } from "@/components/form/format";

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
