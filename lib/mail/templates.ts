// Every mail the service sends, in Japanese and English (the user's language; ja when unknown).
// Plain text plus simple, accessible HTML (lang set, real links, no layout tables).

export type MailLocale = "ja" | "en";
export type MailTemplate =
  | { kind: "registrationLink"; url: string; hours: number }
  | { kind: "registrationComplete"; loginId: string; loginUrl: string }
  | { kind: "loginIdReminder"; loginId: string; loginUrl: string }
  | { kind: "passwordResetLink"; url: string; hours: number }
  | { kind: "passwordChanged" }
  | { kind: "emailChangeLink"; url: string; hours: number }
  | { kind: "emailChangeNotice"; newEmail: string }
  | { kind: "emailChanged" }
  | { kind: "profileChanged" }
  | { kind: "applicationReference"; procedure: string; referenceNo: string; url: string }
  | { kind: "applicationPassword"; procedure: string; password: string }
  | { kind: "provisionalReceipt"; procedure: string; referenceNo: string; provisionalNo: string }
  | {
      kind: "applicationReceived";
      procedure: string;
      referenceNo: string;
      receiptNo: string;
      url: string;
      /** 定期報告 (§6.2): its number is the 定期報告受付番号. */
      report?: boolean;
    }
  | { kind: "usageApproved"; report?: boolean; referenceNo: string; validUntil: string; url: string }
  | { kind: "approvalExpiring"; validUntil: string; days: number; url: string }
  | { kind: "usageReturned"; referenceNo: string; message: string; url: string }
  | {
      kind: "applicationStatus";
      procedure: string;
      referenceNo: string;
      status: "EXAMINING" | "RETURNED" | "AWAITING_ISSUE" | "COMPLETED" | "REJECTED";
      message?: string;
      url: string;
    }
  | {
      kind: "correctionReceived";
      procedure: string;
      referenceNo: string;
      files: string[];
      answers?: boolean;
      url: string;
    }
  | { kind: "correctionReminder"; procedure: string; referenceNo: string; message: string; url: string }
  | {
      kind: "receiptChange";
      changed: boolean;
      procedure: string;
      targetNo: string;
      method: string;
      office: string;
      url: string;
    }
  | { kind: "coeIssued"; certificateNo: string; name: string; url: string; reminder: boolean; until: string };

const STATUS_MAIL = {
  EXAMINING: {
    ja: ["審査開始", "申請内容の審査を開始しました。"],
    en: ["under examination", "The examination of the application has started."],
  },
  RETURNED: {
    ja: [
      "修正・資料追加のお願い",
      "申請内容に修正箇所があります。次の依頼内容を確認し、申込詳細から対応してください。",
    ],
    en: [
      "correction needed",
      "Something in the application needs correcting. Read the request below and respond from the application's details.",
    ],
  },
  AWAITING_ISSUE: {
    ja: ["審査完了", "審査が完了しました。在留カードや証明書を受け取ってください。"],
    en: ["examination finished", "The examination is finished. Collect the residence card or certificate."],
  },
  COMPLETED: {
    ja: ["手続き完了", "全ての手続きが終了しました。"],
    en: ["completed", "Everything you need to do is finished."],
  },
  REJECTED: {
    ja: ["審査結果（不許可）", "申請内容は許可されませんでした。"],
    en: ["not granted", "The application was not granted."],
  },
} as const;

type Rendered = { subject: string; lines: string[]; link?: string };

const SITE = { ja: "在留申請オンラインシステム", en: "Online Residence Application System" };

function body(t: MailTemplate, l: MailLocale): Rendered {
  const ja = l === "ja";
  switch (t.kind) {
    case "registrationLink":
      return ja
        ? {
            subject: "【在留申請オンラインシステム】利用者登録のご案内",
            lines: [
              "利用者登録のお申込みを受け付けました。",
              `次のURLにアクセスし、${t.hours}時間以内に利用者登録を完了してください。`,
              "お心当たりのない場合は、このメールを破棄してください。",
            ],
            link: t.url,
          }
        : {
            subject: "[Online Residence Application System] Complete your registration",
            lines: [
              "We received a request to register with this email address.",
              `Open the link below within ${t.hours} hours to complete your registration.`,
              "If you did not ask for this, you can ignore this mail.",
            ],
            link: t.url,
          };
    case "registrationComplete":
      return ja
        ? {
            subject: "【在留申請オンラインシステム】利用者登録完了のお知らせ",
            lines: [
              "利用者登録が完了しました。",
              `利用者ID：${t.loginId}`,
              "ログインの際に必要です。大切に保管してください。",
            ],
            link: t.loginUrl,
          }
        : {
            subject: "[Online Residence Application System] Registration complete",
            lines: [
              "Your registration is complete.",
              `User ID: ${t.loginId}`,
              "You need it to log in. Please keep it safe.",
            ],
            link: t.loginUrl,
          };
    case "loginIdReminder":
      return ja
        ? {
            subject: "【在留申請オンラインシステム】利用者IDのお知らせ",
            lines: [
              "利用者IDの通知のご依頼を受け付けました。",
              `利用者ID：${t.loginId}`,
              "お心当たりのない場合は、このメールを破棄してください。",
            ],
            link: t.loginUrl,
          }
        : {
            subject: "[Online Residence Application System] Your user ID",
            lines: [
              "You asked us to send your user ID.",
              `User ID: ${t.loginId}`,
              "If you did not ask for this, you can ignore this mail.",
            ],
            link: t.loginUrl,
          };
    case "passwordResetLink":
      return ja
        ? {
            subject: "【在留申請オンラインシステム】パスワード再設定のご案内",
            lines: [
              "パスワード再設定のご依頼を受け付けました。",
              `次のURLにアクセスし、${t.hours}時間以内に新しいパスワードを設定してください。再設定すると、アカウントのロックも解除されます。`,
              "お心当たりのない場合は、このメールを破棄してください。パスワードは変更されません。",
            ],
            link: t.url,
          }
        : {
            subject: "[Online Residence Application System] Reset your password",
            lines: [
              "You asked to reset your password.",
              `Open the link below within ${t.hours} hours and set a new password. Resetting it also unlocks your account.`,
              "If you did not ask for this, ignore this mail; your password stays the same.",
            ],
            link: t.url,
          };
    case "passwordChanged":
      return ja
        ? {
            subject: "【在留申請オンラインシステム】パスワード変更完了のお知らせ",
            lines: [
              "パスワードを変更しました。",
              "お心当たりのない場合は、すぐにシステムヘルプデスクへご連絡ください。",
            ],
          }
        : {
            subject: "[Online Residence Application System] Your password was changed",
            lines: ["Your password has been changed.", "If you did not do this, contact the system help desk at once."],
          };
    case "emailChangeLink":
      return ja
        ? {
            subject: "【在留申請オンラインシステム】メールアドレス変更のご案内",
            lines: [
              "メールアドレス変更のお申込みを受け付けました。",
              `次のURLにアクセスすると、変更が完了します（有効期限：${t.hours}時間）。`,
              "お心当たりのない場合は、このメールを破棄してください。",
            ],
            link: t.url,
          }
        : {
            subject: "[Online Residence Application System] Confirm your new email address",
            lines: [
              "We received a request to change your email address to this one.",
              `Open the link below to complete the change (valid for ${t.hours} hours).`,
              "If you did not ask for this, you can ignore this mail.",
            ],
            link: t.url,
          };
    case "emailChangeNotice":
      return ja
        ? {
            subject: "【在留申請オンラインシステム】メールアドレス変更のお申込みについて",
            lines: [
              `登録メールアドレスを ${t.newEmail} に変更するお申込みがありました。`,
              "新しいアドレスに届いたURLを開くと変更が完了します。",
              "お心当たりのない場合は、すぐにパスワードを変更し、システムヘルプデスクへご連絡ください。",
            ],
          }
        : {
            subject: "[Online Residence Application System] Request to change your email address",
            lines: [
              `Someone asked to change your registered email address to ${t.newEmail}.`,
              "The change happens only when the link sent to the new address is opened.",
              "If this was not you, change your password now and contact the system help desk.",
            ],
          };
    case "emailChanged":
      return ja
        ? {
            subject: "【在留申請オンラインシステム】メールアドレス変更完了のお知らせ",
            lines: ["メールアドレスの変更が完了しました。今後のお知らせはこのアドレスへお送りします。"],
          }
        : {
            subject: "[Online Residence Application System] Email address changed",
            lines: ["Your email address has been changed. We will send mail to this address from now on."],
          };
    case "profileChanged":
      return ja
        ? {
            subject: "【在留申請オンラインシステム】利用者情報変更完了のお知らせ",
            lines: [
              "利用者情報を変更しました。",
              "お心当たりのない場合は、すぐにシステムヘルプデスクへご連絡ください。",
            ],
          }
        : {
            subject: "[Online Residence Application System] Your details were changed",
            lines: [
              "Your user details have been changed.",
              "If you did not do this, contact the system help desk at once.",
            ],
          };
    // §3.3.4: the 整理番号 and the パスワード travel in separate mails.
    case "applicationReference":
      return ja
        ? {
            subject: "【在留申請オンラインシステム】申込受付のお知らせ（整理番号）",
            lines: [
              `${t.procedure}の手続きの申込を受け付けました。`,
              `整理番号：${t.referenceNo}`,
              "パスワードは別のメールでお送りします。申込状況は次のURLから確認できます。",
            ],
            link: t.url,
          }
        : {
            subject: "[Online Residence Application System] Application received (reference number)",
            lines: [
              `We received your application: ${t.procedure}.`,
              `Reference number: ${t.referenceNo}`,
              "The password comes in a separate mail. You can follow the application at the link below.",
            ],
            link: t.url,
          };
    case "applicationPassword":
      return ja
        ? {
            subject: "【在留申請オンラインシステム】申込受付のお知らせ（パスワード）",
            lines: [
              `${t.procedure}の手続きの申込のパスワードをお知らせします。`,
              `パスワード：${t.password}`,
              "整理番号は別のメールでお送りしています。パスワードは他人に知られないように保管してください。",
            ],
          }
        : {
            subject: "[Online Residence Application System] Application received (password)",
            lines: [
              `This is the password of your application: ${t.procedure}.`,
              `Password: ${t.password}`,
              "The reference number came in a separate mail. Keep the password to yourself.",
            ],
          };
    case "provisionalReceipt":
      return ja
        ? {
            subject: "【在留申請オンラインシステム】受付仮番号のお知らせ",
            lines: [
              `${t.procedure}の申込（整理番号 ${t.referenceNo}）に受付仮番号を付与しました。`,
              `受付仮番号：${t.provisionalNo}`,
              "地方出入国在留管理官署で申請を受け付けると、申請受付番号をお知らせします。",
            ],
          }
        : {
            subject: "[Online Residence Application System] Provisional receipt number",
            lines: [
              `Your application (${t.procedure}, reference number ${t.referenceNo}) has a provisional receipt number.`,
              `Provisional receipt number: ${t.provisionalNo}`,
              "When the immigration office accepts the application, we will send its receipt number.",
            ],
          };
    case "applicationReceived":
      if (t.report)
        return ja
          ? {
              subject: "【在留申請オンラインシステム】定期報告受付のお知らせ（定期報告受付番号）",
              lines: [
                `${t.procedure}（整理番号 ${t.referenceNo}）を受け付けました。`,
                `定期報告受付番号：${t.receiptNo}`,
                "処理状況は次のURLの申込一覧で確認できます。",
              ],
              link: t.url,
            }
          : {
              subject: "[Online Residence Application System] Periodic report accepted (report number)",
              lines: [
                `The periodic report (${t.procedure}, reference number ${t.referenceNo}) has been received.`,
                `Periodic report number: ${t.receiptNo}`,
                "You can follow its status in your list of applications:",
              ],
              link: t.url,
            };
      return ja
        ? {
            subject: "【在留申請オンラインシステム】申請受付のお知らせ（申請受付番号）",
            lines: [
              `${t.procedure}の申請（整理番号 ${t.referenceNo}）を受け付けました。`,
              `申請受付番号：${t.receiptNo}`,
              "処理状況は次のURLの申込一覧で確認できます。",
            ],
            link: t.url,
          }
        : {
            subject: "[Online Residence Application System] Application accepted (receipt number)",
            lines: [
              `The application (${t.procedure}, reference number ${t.referenceNo}) has been accepted.`,
              `Receipt number: ${t.receiptNo}`,
              "You can follow its status in your list of applications:",
            ],
            link: t.url,
          };
    case "usageApproved":
      if (t.report)
        return ja
          ? {
              subject: "【在留申請オンラインシステム】定期報告受理のお知らせ",
              lines: [
                `整理番号 ${t.referenceNo} の定期報告を受理しました。`,
                `利用申出の承認の新しい有効期限：${t.validUntil}`,
              ],
              link: t.url,
            }
          : {
              subject: "[Online Residence Application System] Your periodic report was accepted",
              lines: [
                `Your periodic report ${t.referenceNo} has been accepted.`,
                `Your approval is now valid until: ${t.validUntil}`,
              ],
              link: t.url,
            };
      return ja
        ? {
            subject: "【在留申請オンラインシステム】利用申出承認のお知らせ",
            lines: [
              `整理番号 ${t.referenceNo} の利用申出を承認しました。`,
              `有効期限：${t.validUntil}`,
              "在留諸申請の手続きが利用できるようになりました。有効期限後も継続して利用する場合は、定期報告を行ってください。",
            ],
            link: t.url,
          }
        : {
            subject: "[Online Residence Application System] Your asking of usage was approved",
            lines: [
              `Your asking of usage ${t.referenceNo} has been approved.`,
              `Valid until: ${t.validUntil}`,
              "You can now file residence applications. To keep using the system after that date, file a periodic report.",
            ],
            link: t.url,
          };
    case "usageReturned":
      return ja
        ? {
            subject: "【在留申請オンラインシステム】利用申出の修正のお願い",
            lines: [
              `整理番号 ${t.referenceNo} の利用申出について、修正をお願いします。`,
              "修正の依頼内容：",
              t.message,
              "次のURLからログインし、申込詳細の「修正する」から修正して再提出してください。",
            ],
            link: t.url,
          }
        : {
            subject: "[Online Residence Application System] Please correct your asking of usage",
            lines: [
              `Your asking of usage ${t.referenceNo} needs a correction.`,
              "What to correct:",
              t.message,
              "Log in at the link below, select Correct on the application's details, and send it again.",
            ],
            link: t.url,
          };
    case "applicationStatus": {
      const [what, line] = STATUS_MAIL[t.status][l];
      return ja
        ? {
            subject: `【在留申請オンラインシステム】処理状況のお知らせ（${what}）`,
            lines: [
              `${t.procedure}の申請（整理番号 ${t.referenceNo}）の処理状況が変わりました。`,
              line,
              ...(t.message ? ["依頼内容：", t.message] : []),
              "詳細は次のURLの申込詳細で確認できます（ログインが必要です）。",
            ],
            link: t.url,
          }
        : {
            subject: `[Online Residence Application System] Application status: ${what}`,
            lines: [
              `The status of the application (${t.procedure}, reference number ${t.referenceNo}) has changed.`,
              line,
              ...(t.message ? ["Request:", t.message] : []),
              "See the application's details at the link below (log in first).",
            ],
            link: t.url,
          };
    }
    case "correctionReceived":
      return ja
        ? {
            subject: "【在留申請オンラインシステム】修正・資料追加の受付のお知らせ",
            lines: [
              `${t.procedure}の申請（整理番号 ${t.referenceNo}）について、修正・資料の追加を受け付けました。`,
              ...(t.answers ? ["・申込内容の修正"] : []),
              ...t.files.map((f) => `・${f}`),
              "処理状況は次のURLの申込詳細で確認できます。",
            ],
            link: t.url,
          }
        : {
            subject: "[Online Residence Application System] Your correction was received",
            lines: [
              `We received the correction of the application (${t.procedure}, reference number ${t.referenceNo}):`,
              ...(t.answers ? ["- Corrected answers"] : []),
              ...t.files.map((f) => `- ${f}`),
              "Follow its status on the application's details.",
            ],
            link: t.url,
          };
    case "correctionReminder":
      return ja
        ? {
            subject: "【在留申請オンラインシステム】修正・資料追加のお願い（再送）",
            lines: [
              `${t.procedure}の申請（整理番号 ${t.referenceNo}）は、修正や資料の追加を依頼したまま7日以上経過しています。`,
              "依頼内容：",
              t.message,
              "ログインして申込詳細から対応してください。",
            ],
            link: t.url,
          }
        : {
            subject: "[Online Residence Application System] Reminder: a correction is needed",
            lines: [
              `The application (${t.procedure}, reference number ${t.referenceNo}) has been waiting for a correction for 7 days or more.`,
              "Request:",
              t.message,
              "Log in and respond from the application's details.",
            ],
            link: t.url,
          };
    case "receiptChange":
      if (t.changed)
        return ja
          ? {
              subject: "【在留申請オンラインシステム】受領方法変更完了のお知らせ",
              lines: [
                `${t.procedure}の申請（${t.targetNo}）の受領方法を変更しました。`,
                `受領方法：${t.method}`,
                `受領官署：${t.office}`,
              ],
              link: t.url,
            }
          : {
              subject: "[Online Residence Application System] How to receive was changed",
              lines: [
                `How to receive for the application (${t.procedure}, ${t.targetNo}) was changed.`,
                `How to receive: ${t.method}`,
                `Immigration office: ${t.office}`,
              ],
              link: t.url,
            };
      return ja
        ? {
            subject: "【在留申請オンラインシステム】受領方法を変更できませんでした",
            lines: [
              `${t.procedure}の申請（${t.targetNo}）は審査が終わっているため、受領方法を変更できませんでした。`,
              "受領方法を変更できるのは、処理状況が処理待ち、申請完了、審査中の申請です。",
            ],
            link: t.url,
          }
        : {
            subject: "[Online Residence Application System] How to receive could not be changed",
            lines: [
              `The examination of the application (${t.procedure}, ${t.targetNo}) has finished, so how to receive could not be changed.`,
              "It can be changed only while the application is waiting, submitted or under examination.",
            ],
            link: t.url,
          };
    case "coeIssued":
      return ja
        ? {
            subject: t.reminder
              ? "【在留申請オンラインシステム】在留資格認定証明書の受領登録のお願い（再送）"
              : "【在留申請オンラインシステム】在留資格認定証明書の送付",
            lines: [
              `${t.name}さんの在留資格認定証明書（番号 ${t.certificateNo}）を発行しました。`,
              "次のURLからログインし、証明書をダウンロードして受領登録を行ってください。",
              `受領登録が行われるまで、${t.until}まで7日おきにこのメールを送信します。`,
            ],
            link: t.url,
          }
        : {
            subject: t.reminder
              ? "[Online Residence Application System] Reminder: register the receipt of the Certificate of Eligibility"
              : "[Online Residence Application System] Your Certificate of Eligibility",
            lines: [
              `The Certificate of Eligibility for ${t.name} (number ${t.certificateNo}) has been issued.`,
              "Log in at the link below, download the certificate and register its receipt.",
              `Until it is registered, this mail is sent every 7 days, until ${t.until}.`,
            ],
            link: t.url,
          };
    case "approvalExpiring":
      return ja
        ? {
            subject: "【在留申請オンラインシステム】利用申出の有効期限が近づいています",
            lines: [
              `利用申出の承認の有効期限は${t.validUntil}です（あと${t.days}日）。`,
              "有効期限を過ぎると在留諸申請ができなくなります。引き続き利用する場合は、次のURLから定期報告を行ってください。",
            ],
            link: t.url,
          }
        : {
            subject: "[Online Residence Application System] Your usage approval runs out soon",
            lines: [
              `Your approval to file residence applications is valid until ${t.validUntil} (${t.days} days left).`,
              "After that date residence applications cannot be filed. To keep using the service, file the periodic report at the link below.",
            ],
            link: t.url,
          };
  }
}

const FOOTER = {
  ja: [
    "※このメールは送信専用のアドレスから送信しています。返信されてもお問い合わせには対応できません。",
    "在留申請オンラインシステム（出入国在留管理庁）",
  ],
  en: [
    "This mail was sent from a send-only address. Replies are not answered.",
    "Online Residence Application System (Immigration Services Agency of Japan)",
  ],
};

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export function renderMail(
  t: MailTemplate,
  locale: string,
): { subject: string; text: string; html: string; locale: MailLocale } {
  const l: MailLocale = locale === "en" ? "en" : "ja";
  const r = body(t, l);
  const text = [...r.lines, ...(r.link ? ["", r.link] : []), "", "――――", ...FOOTER[l]].join("\n");
  const html = `<!doctype html><html lang="${l}"><head><meta charset="utf-8"><title>${escape(r.subject)}</title></head><body style="font-family:sans-serif;line-height:1.7;color:#1a1a1a;background:#ffffff">
<h1 style="font-size:1.2em">${escape(SITE[l])}</h1>
${r.lines.map((x) => `<p>${escape(x)}</p>`).join("\n")}
${r.link ? `<p><a href="${escape(r.link)}" style="color:#0017c1">${escape(r.link)}</a></p>` : ""}
<hr><p style="font-size:0.9em;color:#4d4d4d">${FOOTER[l].map(escape).join("<br>")}</p>
</body></html>`;
  return { subject: r.subject, text, html, locale: l };
}
