/**
 * The request signature check Alexa requires of a self-hosted endpoint: the
 * Signature-256 header is the body's RSA-SHA256 signature by the key of the
 * certificate chain at the SignatureCertChainUrl header.
 */
import { verify } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import { certificateUrl } from "./certificate-url";
import type { CertificateStore } from "./certificate-store";

/** A 4096-bit RSA signature is 684 base64 characters. */
const MAX_SIGNATURE_LENGTH = 1024;

/** Resolves if `body` is signed as the headers say; otherwise rejects with an Error saying why (no user data). */
export async function checkSignature(
  body: string,
  headers: IncomingHttpHeaders,
  certificates: CertificateStore,
): Promise<void> {
  const chainUrl = headers.signaturecertchainurl;
  const signature = headers["signature-256"];
  if (typeof chainUrl !== "string" || chainUrl === "") throw new Error("no SignatureCertChainUrl header");
  if (typeof signature !== "string" || signature === "") throw new Error("no Signature-256 header");
  if (signature.length > MAX_SIGNATURE_LENGTH) throw new Error("Signature-256 header is too long");
  const key = await certificates.signingKey(certificateUrl(chainUrl));
  if (!verify("sha256", Buffer.from(body, "utf8"), key, Buffer.from(signature, "base64"))) {
    throw new Error("the signature does not match the body");
  }
}
