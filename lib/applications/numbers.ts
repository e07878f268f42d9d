import { randomInt } from "node:crypto";

const PASSWORD_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

/** 整理番号: 12 digits, unique (retried on the rare clash). */
export const newReferenceNo = () =>
  Array.from({ length: 12 }, (_, i) => (i === 0 ? randomInt(1, 10) : randomInt(0, 10))).join("");
export const newAccessPassword = () =>
  Array.from({ length: 10 }, () => PASSWORD_CHARS[randomInt(PASSWORD_CHARS.length)]).join("");
