import { test } from "node:test";
import assert from "node:assert/strict";
import { formSchema } from "../forms/schema";
import { issuesToErrors } from "../forms/engine";
import { emailPairForm, forgotPasswordForm, loginForm, registrationForm } from "./forms";

const check = (def: Parameters<typeof formSchema>[0], input: Record<string, unknown>) => {
  const r = formSchema(def).safeParse(input);
  return r.success
    ? { ok: true as const, data: r.data }
    : { ok: false as const, errors: issuesToErrors(r.error.issues) };
};
const valid = {
  kind: "ORGANIZATION_STAFF",
  nameRoman: "YAMADA TARO",
  birthDate: "19850412",
  phone: "0312345678",
  corporateNumber: "7123456789012",
  organizationName: "株式会社サンプル",
  postalCode: "1000013",
  organizationAddress: "東京都千代田区霞が関1-1-1",
  password: "Abcdef12$x",
  passwordConfirm: "Abcdef12$x",
};

test("a complete registration passes, full-width digits normalised", () => {
  const r = check(registrationForm, { ...valid, phone: "０３１２３４５６７８", postalCode: "１００００１３" });
  assert.ok(r.ok, JSON.stringify(!r.ok && r.errors));
  if (r.ok) {
    assert.equal(r.data.phone, "0312345678");
    assert.equal(r.data.postalCode, "1000013");
  }
});

test("organization staff must give the organization; others need not, and their answers are not kept", () => {
  const r = check(registrationForm, { ...valid, corporateNumber: "", organizationName: " " });
  assert.ok(!r.ok);
  if (!r.ok)
    assert.deepEqual(
      { c: r.errors.corporateNumber, o: r.errors.organizationName },
      { c: ["required"], o: ["required"] },
    );
  const other = check(registrationForm, { ...valid, kind: "FOREIGN_NATIONAL", corporateNumber: "x" });
  assert.ok(other.ok);
  if (other.ok) assert.equal(other.data.corporateNumber, undefined);
});

test("each broken rule names itself", () => {
  const r = check(registrationForm, {
    ...valid,
    corporateNumber: "5123456789012",
    birthDate: "20230230",
    password: "abc",
    passwordConfirm: "abd",
    nameRoman: "Yamada",
  });
  assert.ok(!r.ok);
  if (!r.ok) {
    assert.deepEqual(r.errors.corporateNumber, ["corporateNumber"]);
    assert.deepEqual(r.errors.birthDate, ["date"]);
    assert.deepEqual(r.errors.nameRoman, ["nameRoman"]);
    assert.deepEqual(r.errors.password, ["password_length", "password_upper", "password_digit", "password_symbol"]);
    assert.deepEqual(r.errors.passwordConfirm, ["passwordMismatch"]);
  }
  const future = check(registrationForm, { ...valid, birthDate: "29990101" });
  assert.ok(!future.ok && future.errors.birthDate[0] === "datePast");
});

test("coming back from the check-answers step, the kept password need not be typed again", () => {
  assert.ok(!check(registrationForm, { ...valid, password: "", passwordConfirm: "" }).ok);
  assert.ok(check(registrationForm, { ...valid, password: "", passwordConfirm: "", passwordKept: "1" }).ok);
  // A new one, though, must be typed twice.
  const r = check(registrationForm, { ...valid, password: "Newpass12$x", passwordConfirm: "", passwordKept: "1" });
  assert.ok(!r.ok && r.errors.passwordConfirm[0] === "required");
});

test("email pair must match and is compared lower-cased; empty fields are required; login takes any ID", () => {
  const r = check(emailPairForm, { email: "a@example.com", emailConfirm: "b@example.com" });
  assert.ok(!r.ok && r.errors.emailConfirm[0] === "emailMismatch");
  assert.ok(check(emailPairForm, { email: "Ａ@Example.com", emailConfirm: "a@example.COM" }).ok);
  const e = check(forgotPasswordForm, { loginId: "", email: "" });
  assert.ok(!e.ok && e.errors.loginId[0] === "required" && e.errors.email[0] === "required");
  assert.ok(check(loginForm, { loginId: "user-ü", password: "x" }).ok);
});
