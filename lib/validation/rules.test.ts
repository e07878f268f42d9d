import { test } from "node:test";
import assert from "node:assert/strict";
import {
  passwordProblems,
  isNameRoman,
  isPhone,
  isCorporateNumber,
  isPostalCode,
  isResidenceCardNumber,
  toHalfWidth,
} from "./rules";

test("a password meeting every rule has no problems", () => {
  assert.deepEqual(passwordProblems("Abcdef12$x"), []);
  assert.deepEqual(passwordProblems("Z9y8x7w6v5u4t3s2r1!?"), []);
});

test("each broken password rule is reported on its own", () => {
  assert.deepEqual(passwordProblems("Ab1$"), ["length"]);
  assert.deepEqual(passwordProblems("Abcdef12$xAbcdef12$xA"), ["length"]);
  assert.deepEqual(passwordProblems("abcdef12$x"), ["upper"]);
  assert.deepEqual(passwordProblems("ABCDEF12$X"), ["lower"]);
  assert.deepEqual(passwordProblems("Abcdefgh$x"), ["digit"]);
  assert.deepEqual(passwordProblems("Abcdef123x"), ["symbol"]);
  assert.deepEqual(passwordProblems("Abcdef12$x~"), ["chars"]);
  assert.deepEqual(passwordProblems("Abcdef12$ x"), ["chars"]);
  assert.deepEqual(passwordProblems(""), ["length", "upper", "lower", "digit", "symbol"]);
});

test("氏名(英字) is upper-case ASCII words separated by single spaces, ≤ 104", () => {
  assert.ok(isNameRoman("YAMADA TARO"));
  assert.ok(isNameRoman("NGUYEN VAN AN"));
  assert.ok(!isNameRoman("Yamada Taro"));
  assert.ok(!isNameRoman("YAMADA  TARO"));
  assert.ok(!isNameRoman(" YAMADA"));
  assert.ok(!isNameRoman("山田"));
  assert.ok(isNameRoman("A".repeat(104)));
  assert.ok(!isNameRoman("A".repeat(105)));
});

test("電話番号 is digits only without hyphens", () => {
  assert.ok(isPhone("0123456789"));
  assert.ok(isPhone("09012345678"));
  assert.ok(!isPhone("012-345-6789"));
  assert.ok(!isPhone("12345"));
  assert.ok(isPhone(toHalfWidth("０１２３４５６７８９")));
});

test("法人番号 check digit", () => {
  assert.ok(isCorporateNumber("7123456789012"));
  assert.ok(isCorporateNumber("4011001098993"));
  assert.ok(!isCorporateNumber("5123456789012"));
  assert.ok(!isCorporateNumber("0123456789012"));
  assert.ok(!isCorporateNumber("712345678901"));
});

test("郵便番号 is seven digits", () => {
  assert.ok(isPostalCode("1000013"));
  assert.ok(!isPostalCode("100-0013"));
});

test("在留カード番号: two letters, eight digits, two letters", () => {
  assert.ok(isResidenceCardNumber("AB12345678CD"));
  for (const bad of ["ab12345678cd", "AB1234567CD", "A123456789CD", "AB12345678C1", ""])
    assert.ok(!isResidenceCardNumber(bad), bad);
});
