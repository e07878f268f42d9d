import { changePasswordSchema, emailPairSchema, forgotIdSchema, forgotPasswordSchema, loginSchema, profileEditSchema, registrationSchema, resetPasswordSchema } from "./schemas";

/** The schemas a client form may name; the same objects validate again on the server. */
export const formSchemas = {
  login: loginSchema,
  emailPair: emailPairSchema,
  forgotId: forgotIdSchema,
  forgotPassword: forgotPasswordSchema,
  resetPassword: resetPasswordSchema,
  changePassword: changePasswordSchema,
  registration: registrationSchema,
  profileEdit: profileEditSchema,
};
export type FormName = keyof typeof formSchemas;

export type FieldSpec = {
  name: string;
  label: string;
  type?: "text" | "email" | "password" | "tel" | "radio";
  required?: boolean;
  hint?: string;
  autoComplete?: string;
  inputMode?: "numeric" | "email" | "text" | "tel";
  maxLength?: number;
  options?: { value: string; label: string }[];
  /** Shown only when another field has one of these values. */
  showWhen?: { field: string; values: string[] };
  width?: "short" | "medium" | "full";
  /** A YYYYMMDD field that also offers the calendar picker ("past": no future years). */
  calendar?: boolean | "past";
};

/** What a form's server action answers when it does not redirect. */
export type FormResult = { errors?: Record<string, string[]>; formError?: string; done?: boolean; values?: Record<string, string> };
