/**
 * The largest request the service reads: above any form's files (20 MB for 利用申出, 25 MB for
 * residence forms) plus multipart overhead. Uploads, server actions and the proxy share it.
 */
export const MAX_REQUEST_BYTES = 26 * 1024 * 1024;
