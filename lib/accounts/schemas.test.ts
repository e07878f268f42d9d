import { test } from "node:test";
import assert from "node:assert/strict";
import { registrationSchema, validate, emailPairSchema, forgotPasswordSchema } from "./schemas";

const valid = { kind: "ORGANIZATION_STAFF", nameRoman: "YAMADA TARO", birthDate: "19850412", phone: "0312345678", corporateNumber: "7123456789012", organizationName: "株式会社サンプル", postalCode: "1000013", organizationAddress: "東京都千代田区霞が関1-1-1", password: "Abcdef12$x", passwordConfirm: "Abcdef12$x" };

test("a complete registration passes, full-width digits normalised", () => {
  const r = validate(registrationSchema, { ...valid, phone: "０３１２３４５６７８", postalCode: "１００００１３" });
  assert.ok(r.ok, JSON.stringify(!r.ok && r.errors));
  if (r.ok) {
    assert.equal(r.data.phone, "0312345678");
    assert.equal(r.data.postalCode, "1000013");
  }
});

test("organization staff must give the organization; others need not", () => {
  const r = validate(registrationSchema, { ...valid, corporateNumber: "", organizationName: " " });
  assert.ok(!r.ok);
  if (!r.ok) assert.deepEqual({ c: r.errors.corporateNumber, o: r.errors.organizationName }, { c: ["required"], o: ["required"] });
  assert.ok(validate(registrationSchema, { ...valid, kind: "FOREIGN_NATIONAL", corporateNumber: "", organizationName: "", postalCode: "", organizationAddress: "" }).ok);
});

test("each broken rule names itself", () => {
  const r = validate(registrationSchema, { ...valid, corporateNumber: "5123456789012", birthDate: "20230230", password: "abc", passwordConfirm: "abd", nameRoman: "Yamada" });
  assert.ok(!r.ok);
  if (!r.ok) {
    assert.deepEqual(r.errors.corporateNumber, ["corporateNumber"]);
    assert.deepEqual(r.errors.birthDate, ["date"]);
    assert.deepEqual(r.errors.nameRoman, ["nameRoman"]);
    assert.deepEqual(r.errors.password, ["password_length", "password_upper", "password_digit", "password_symbol"]);
    assert.deepEqual(r.errors.passwordConfirm, ["passwordMismatch"]);
  }
});

test("email pair must match; empty fields are required", () => {
  const r = validate(emailPairSchema, { email: "a@example.com", emailConfirm: "b@example.com" });
  assert.ok(!r.ok && r.errors.emailConfirm[0] === "emailMismatch");
  const e = validate(forgotPasswordSchema, { loginId: "", email: "" });
  assert.ok(!e.ok && e.errors.loginId[0] === "required" && e.errors.email[0] === "required");
});
