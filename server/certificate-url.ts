/**
 * Amazon's rules for the SignatureCertChainUrl header, applied to the URL as
 * it will be fetched: parsed and normalised first (scheme and host lower-cased,
 * `.` and `..` resolved, also when percent-encoded; `\` read as `/`; the default
 * port dropped), then checked, and only that normalised URL is ever fetched.
 * Encoded slashes are refused too: Amazon's URLs have none.
 */

export const CERTIFICATE_HOST = "s3.amazonaws.com";
export const CERTIFICATE_PATH_PREFIX = "/echo.api/";
const ENCODED_SEPARATOR = /%2f|%5c/i;
/** Longer header values are refused before parsing. */
const MAX_URL_LENGTH = 2048;

/** The normalised certificate chain URL, or throws an Error naming the rule it breaks. */
export function certificateUrl(header: string): URL {
  if (header.length > MAX_URL_LENGTH) throw new Error("certificate URL is too long");
  let url: URL;
  try {
    url = new URL(header);
  } catch {
    throw new Error("certificate URL is not a URL");
  }
  if (url.protocol !== "https:") throw new Error("certificate URL is not https");
  if (url.hostname !== CERTIFICATE_HOST) throw new Error(`certificate URL host is not ${CERTIFICATE_HOST}`);
  // WHATWG URL drops the default port: any port left is not 443.
  if (url.port !== "") throw new Error("certificate URL port is not 443");
  if (url.username !== "" || url.password !== "") throw new Error("certificate URL has credentials");
  if (!url.pathname.startsWith(CERTIFICATE_PATH_PREFIX))
    throw new Error(`certificate URL path is not under ${CERTIFICATE_PATH_PREFIX}`);
  // A host that decodes %2F or %5C before resolving `..` would read these as steps out of the folder.
  if (ENCODED_SEPARATOR.test(url.pathname)) throw new Error("certificate URL path has an encoded slash or backslash");
  url.hash = "";
  return url;
}
