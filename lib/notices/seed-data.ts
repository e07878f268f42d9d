import type { PrismaClient } from "../generated/prisma/client";

type SeedNotice = { id: string; publishedAt: string; ja: [string, string]; en: [string, string] };

const notices: SeedNotice[] = [
  {
    id: "notice-2026-11-maintenance",
    publishedAt: "2026-11-20T10:00:00+09:00",
    ja: [
      "【重要】システムメンテナンスに伴うサービス停止のお知らせ（12月6日）",
      "令和8年12月6日（日）午前1時00分から午前6時00分まで、システムメンテナンスのため在留申請オンラインシステムを停止します。\n\n停止中は、ログイン、申請、申請状況の確認など、すべての機能をご利用いただけません。入力中のデータは、停止前に「入力中のデータを保存する」で保存してください。\n\nご不便をおかけしますが、ご理解とご協力をお願いいたします。",
    ],
    en: [
      "[Important] Service stop for system maintenance (6 December)",
      "The Online Residence Application System will be unavailable from 1:00 to 6:00 Japan time on Sunday, 6 December 2026 for system maintenance.\n\nWhile it is stopped you cannot log in, apply or check the status of applications. Please save any data you are entering with “Save the data being entered” before the stop.\n\nWe apologise for the inconvenience.",
    ],
  },
  {
    id: "notice-2026-10-year-end",
    publishedAt: "2026-10-30T09:00:00+09:00",
    ja: [
      "年末年始のシステムヘルプデスクの受付について",
      "令和8年12月29日（火）から令和9年1月3日（日）まで、システムヘルプデスクの電話受付を休止します。\n\nメールでのお問い合わせは期間中も受け付けますが、回答は1月4日（月）以降となります。なお、オンライン申請は期間中もご利用いただけます。",
    ],
    en: [
      "Help desk over the New Year holidays",
      "The system help desk will not take phone calls from Tuesday 29 December 2026 to Sunday 3 January 2027.\n\nYou can still email us during this period; we will reply from Monday 4 January. Online applications remain available throughout.",
    ],
  },
  {
    id: "notice-2026-09-bulk-csv",
    publishedAt: "2026-09-15T14:00:00+09:00",
    ja: [
      "一括申請用CSVファイルの様式を更新しました",
      "一括申請（在留資格認定証明書交付申請、在留資格変更許可申請、在留期間更新許可申請）で使用するCSVファイルの様式を更新しました。\n\n各手続きの手続き説明画面の「ダウンロードファイル」から最新の様式を取得してください。旧様式のファイルは、令和8年12月31日まで読み込むことができます。",
    ],
    en: [
      "Updated CSV layout for bulk applications",
      "We have updated the CSV layout used for bulk applications (certificate of eligibility, change of status of residence, extension of period of stay).\n\nDownload the latest layout from “Download files” on each procedure’s description page. Files in the old layout can be loaded until 31 December 2026.",
    ],
  },
  {
    id: "notice-2026-07-usage-renewal",
    publishedAt: "2026-07-01T09:00:00+09:00",
    ja: [
      "利用申出の承認の有効期間と定期報告について",
      "利用申出の承認には有効期間があります。有効期間を過ぎた後も引き続きオンライン申請を行う場合は、有効期間内に定期報告を行ってください。\n\n定期報告は、ログイン後の「オンライン申請手続き」から「定期報告」を選択して行います。定期報告の際には、所属機関の概要が分かる資料等をPDF形式で添付してください（最大20ファイル、合計20MBまで）。\n\n定期報告が行われないまま有効期間を過ぎた場合は、改めて利用申出を行う必要があります。詳しくは、最寄りの地方出入国在留管理官署にお問い合わせください。",
    ],
    en: [
      "Validity of usage approval and periodic reports",
      "Approval of a usage application is valid for a limited period. To keep applying online after it ends, submit a periodic report before it expires.\n\nAfter logging in, choose “Periodic report” under “Online application procedures”. Attach documents describing your organization as PDF files (up to 20 files, 20 MB in total).\n\nIf the period ends without a periodic report, you will need to submit a new usage application. For details, please contact your nearest Regional Immigration Services Bureau.",
    ],
  },
  {
    id: "notice-2026-04-rules",
    publishedAt: "2026-04-01T09:00:00+09:00",
    ja: [
      "在留申請オンラインシステムの利用に関する留意事項（長文）",
      "在留申請オンラインシステムを安全かつ円滑にご利用いただくため、以下の事項にご留意ください。\n\n1. 利用者IDとパスワードの管理について\n利用者IDとパスワードは、利用者ご本人が責任をもって管理してください。パスワードは10文字以上20文字以内で、英大文字、英小文字、数字及び記号（$%&=@_#*+-?!）をそれぞれ1文字以上含めて設定してください。他のサービスと同じパスワードは使用しないでください。パスワードを5回続けて間違えると、アカウントが24時間ロックされます。すぐに解除したい場合は、ログイン画面の「パスワードを忘れた場合はこちら」からパスワードを再設定してください。\n\n2. 自動ログアウトについて\n画面の移動などの操作が3時間以上ない場合、システムから自動的にログアウトされます。ログアウトの10分前にはお知らせを表示しますので、作業を続ける場合は延長してください。入力に時間がかかる場合は、「入力中のデータを保存する」でこまめに保存することをお勧めします。\n\n3. 添付ファイルについて\n添付できるファイルはPDF形式のみです。パスワードや編集制限がかかったPDFファイルは添付できません。在留諸申請では、顔写真を含めて最大20ファイル、合計25MBまで添付できます。顔写真はJPEG形式で、縦4：横3の比率のものを登録してください。\n\n4. 一括申請について\n一括申請では、CSVファイルにより最大300人分の申請を一度に行うことができます。読込結果で「要確認」となった申請は、内容を修正してから申し込んでください。\n\n5. メールの受信設定について\n本システムからのメールは送信専用のアドレスから送信されます。迷惑メール対策をしている場合は、本システムからのメールを受信できるよう設定を変更してください。送信元のアドレスに返信されてもお問い合わせには対応できません。\n\n6. 推奨環境について\n最新版のブラウザをご利用ください。画面の文字の大きさはブラウザの拡大機能で変更できます。画面下部の「配色変更」から、見やすい配色を選ぶこともできます。",
    ],
    en: [
      "Things to know when using the system (long notice)",
      "Please note the following so that you can use the Online Residence Application System safely and smoothly.\n\n1. Your user ID and password\nKeep your user ID and password to yourself. A password has 10 to 20 characters and at least one each of upper-case letters, lower-case letters, digits and the symbols $%&=@_#*+-?!. Do not reuse a password from another service. Five wrong passwords in a row lock the account for 24 hours; to unlock it at once, reset your password from “Forgot your password?” on the login page.\n\n2. Automatic logout\nIf you do nothing for 3 hours you are logged out automatically. You will be told 10 minutes before, and can extend the session. If entering an application takes a while, save your data often with “Save the data being entered”.\n\n3. Attachments\nOnly PDF files can be attached. Password-protected or edit-restricted PDFs cannot. A residence application can have up to 20 files including the photo, 25 MB in total. The photo must be a JPEG in portrait 4:3.\n\n4. Bulk applications\nA bulk application files up to 300 people at once from a CSV file. Fix any application marked “Needs checking” in the results before you submit.\n\n5. Email settings\nMail from this system is sent from a send-only address. If you filter spam, allow mail from this system. Replies to the sender address are not answered.\n\n6. Recommended environment\nUse an up-to-date browser. You can enlarge text with your browser’s zoom, and choose easier colours under “Colour scheme” at the bottom of every page.",
    ],
  },
  {
    id: "notice-2026-01-launch",
    publishedAt: "2026-01-05T09:00:00+09:00",
    ja: [
      "新しい在留申請オンラインシステムの運用を開始しました",
      "令和8年1月5日から、新しい在留申請オンラインシステムの運用を開始しました。\n\n令和7年12月31日以前に認証IDとパスワードを設定された所属機関の担当者の方は、同じ認証IDとパスワードでログインできます。",
    ],
    en: [
      "The new Online Residence Application System is now in service",
      "The new Online Residence Application System went into service on 5 January 2026.\n\nStaff who set an authentication ID and password before 31 December 2025 can log in with the same ID and password.",
    ],
  },
];

/** Creates the demo notices that are missing; returns how many it created. */
export async function seedNotices(prisma: PrismaClient): Promise<number> {
  let created = 0;
  for (const n of notices) {
    const exists = await prisma.notice.findUnique({ where: { id: n.id }, select: { id: true } });
    if (exists) continue;
    await prisma.notice.create({
      data: {
        id: n.id,
        publishedAt: new Date(n.publishedAt),
        translations: {
          create: [
            { locale: "ja", title: n.ja[0], body: n.ja[1] },
            { locale: "en", title: n.en[0], body: n.en[1] },
          ],
        },
      },
    });
    created++;
  }
  return created;
}
