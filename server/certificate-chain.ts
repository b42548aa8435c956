/**
 * Checks a PEM certificate chain as Alexa requires of a request's signing
 * certificate, with node:crypto (OpenSSL, native): every certificate within its
 * dates, echo-api.amazon.com among the signing certificate's subject alternative
 * names, each certificate issued and signed by the next (a CA allowed to sign
 * certificates), and the last one a trust anchor or issued and signed by one.
 */
import { X509Certificate, type KeyObject } from "node:crypto";
import { rootCertificates } from "node:tls";

export const SIGNING_DOMAIN = "echo-api.amazon.com";
const MAX_CHAIN_LENGTH = 5;
const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;

/** A chain that passed: the key that signs requests, and when the first certificate in it expires. */
export interface VerifiedChain {
  readonly publicKey: KeyObject;
  readonly notAfter: number;
}

/** The certificates a chain may end in, parsed once; unreadable ones are skipped. */
export class TrustAnchors {
  readonly certificates: readonly X509Certificate[];
  readonly fingerprints: ReadonlySet<string>;

  constructor(pems: readonly string[]) {
    this.certificates = pems.flatMap((pem) => {
      try {
        return [new X509Certificate(pem)];
      } catch {
        return [];
      }
    });
    this.fingerprints = new Set(this.certificates.map((certificate) => certificate.fingerprint256));
  }
}

let nodeRoots: TrustAnchors | undefined;

/** Node's root CAs, parsed once per process (about 80 ms), when first asked for. */
export function nodeRootCertificates(): TrustAnchors {
  nodeRoots ??= new TrustAnchors(rootCertificates);
  return nodeRoots;
}

/** The signing key of `pem` if the chain is valid at `now`; otherwise throws an Error saying why. */
export function verifyChain(pem: string, anchors: TrustAnchors, now: number): VerifiedChain {
  const blocks = pem.match(PEM_BLOCK) ?? [];
  if (blocks.length === 0) throw new Error("certificate chain holds no certificate");
  if (blocks.length > MAX_CHAIN_LENGTH) throw new Error("certificate chain is too long");
  const chain = blocks.map((block) => {
    try {
      return new X509Certificate(block);
    } catch {
      throw new Error("certificate chain holds an unreadable certificate");
    }
  });
  const notAfter = Math.min(...chain.map((certificate) => Date.parse(certificate.validTo)));
  for (const certificate of chain) {
    const from = Date.parse(certificate.validFrom);
    const to = Date.parse(certificate.validTo);
    if (!(from <= now && now <= to)) throw new Error("a certificate in the chain is expired or not yet valid");
  }
  const signing = chain[0] as X509Certificate;
  if (!namesSigningDomain(signing)) throw new Error(`${SIGNING_DOMAIN} is not a subject alternative name of the signing certificate`);
  for (let i = 0; i + 1 < chain.length; i++) {
    if (!issuedBy(chain[i] as X509Certificate, chain[i + 1] as X509Certificate)) {
      throw new Error("certificate chain is broken: a certificate is not issued by the next");
    }
  }
  const last = chain[chain.length - 1] as X509Certificate;
  const trusted = anchors.fingerprints.has(last.fingerprint256) || anchors.certificates.some((anchor) => issuedBy(last, anchor));
  if (!trusted) throw new Error("certificate chain does not lead to a trusted root");
  return { publicKey: signing.publicKey, notAfter };
}

/** checkIssued matches names and key ids and wants keyCertSign when key usage is given; the CA flag and the signature are checked here. */
function issuedBy(certificate: X509Certificate, issuer: X509Certificate): boolean {
  return issuer.ca && certificate.checkIssued(issuer) && certificate.verify(issuer.publicKey);
}

/** Node quotes names with separators in them, so a listed `DNS:echo-api.amazon.com` is that name exactly. */
function namesSigningDomain(certificate: X509Certificate): boolean {
  return (certificate.subjectAltName ?? "").split(", ").includes(`DNS:${SIGNING_DOMAIN}`);
}
