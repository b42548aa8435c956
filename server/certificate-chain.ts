/**
 * Checks a PEM certificate chain as Alexa requires of a request's signing
 * certificate: every certificate within its dates, echo-api.amazon.com among
 * the signing certificate's subject alternative names, and a certification
 * path from it to a trust anchor validated by PKI.js's RFC 5280 engine
 * (CertificateChainValidationEngine: issuer names, signatures, CA flags, key
 * usage, name constraints, policies), rather than by hand. PKI.js does not
 * enforce basicConstraints' pathLenConstraint, nor the trust anchor's name
 * constraints, and accepts a certificate when one of its DNS names is
 * permitted: so path lengths and DNS name constraints are checked again here
 * on the path it built, as OpenSSL checks them (every CA, the trust anchor
 * included; every DNS name). test/server/certificate-chain.test.ts compares the verdicts with
 * `openssl verify`.
 */
import { X509Certificate, type KeyObject } from "node:crypto";
import { rootCertificates } from "node:tls";
import * as pkijs from "pkijs";

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
  /** The same, as PKI.js reads them (parsed on first use). */
  private parsed: readonly pkijs.Certificate[] | undefined;

  constructor(pems: readonly string[]) {
    this.certificates = pems.flatMap((pem) => {
      try {
        return [new X509Certificate(pem)];
      } catch {
        return [];
      }
    });
  }

  get forPkijs(): readonly pkijs.Certificate[] {
    this.parsed ??= this.certificates.flatMap((certificate) => {
      try {
        return [toPkijs(certificate)];
      } catch {
        return [];
      }
    });
    return this.parsed;
  }
}

let nodeRoots: TrustAnchors | undefined;

/** Node's root CAs, parsed once per process (about 80 ms), when first asked for. */
export function nodeRootCertificates(): TrustAnchors {
  nodeRoots ??= new TrustAnchors(rootCertificates);
  return nodeRoots;
}

/** The signing key of `pem` if the chain is valid at `now`; otherwise rejects with an Error saying why. */
export async function verifyChain(pem: string, anchors: TrustAnchors, now: number): Promise<VerifiedChain> {
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
  if (!namesSigningDomain(signing))
    throw new Error(`${SIGNING_DOMAIN} is not a subject alternative name of the signing certificate`);
  const path = await validatedPath(chain, anchors, now);
  if (!withinPathLengths(path))
    throw new Error("certificate chain is not valid: a CA's path length constraint is exceeded");
  if (!withinNameConstraints(path))
    throw new Error("certificate chain is not valid: a DNS name is outside a CA's name constraints");
  return { publicKey: signing.publicKey, notAfter };
}

/** The path PKI.js built and validated, signing certificate first, trust anchor last; throws when there is none. */
async function validatedPath(
  chain: readonly X509Certificate[],
  anchors: TrustAnchors,
  now: number,
): Promise<readonly pkijs.Certificate[]> {
  let certificates: pkijs.Certificate[];
  try {
    certificates = chain.map(toPkijs);
  } catch {
    throw new Error("certificate chain holds an unreadable certificate");
  }
  // PKI.js takes the last certificate as the one to verify: the signing certificate goes last.
  const engine = new pkijs.CertificateChainValidationEngine({
    trustedCerts: [...anchors.forPkijs],
    certs: [...certificates.slice(1), certificates[0] as pkijs.Certificate],
    checkDate: new Date(now),
  });
  let result: Awaited<ReturnType<pkijs.CertificateChainValidationEngine["verify"]>>;
  try {
    result = await engine.verify();
  } catch (error) {
    throw new Error(
      `certificate chain does not lead to a trusted root by a valid path: ${error instanceof Error ? error.message : "no path"}`,
    );
  }
  if (!result.result || !result.certificatePath)
    throw new Error(
      `certificate chain does not lead to a trusted root by a valid path: ${result.resultMessage || "no path"}`,
    );
  return result.certificatePath;
}

/**
 * RFC 5280 basicConstraints pathLenConstraint: a CA may have at most that many
 * CA certificates below it in the path (the signing certificate not counted;
 * self-issued ones are counted too, as OpenSSL counts them).
 */
function withinPathLengths(path: readonly pkijs.Certificate[]): boolean {
  return path.every((certificate, index) => {
    if (index === 0) return true;
    const limit = pathLength(certificate);
    return limit === undefined || index - 1 <= limit;
  });
}

const BASIC_CONSTRAINTS = "2.5.29.19";
const NAME_CONSTRAINTS = "2.5.29.30";
const SUBJECT_ALT_NAME = "2.5.29.17";
/** GeneralName's tag for a dNSName. */
const DNS_NAME = 2;

/** Every DNS name of every certificate below a CA within that CA's permitted DNS subtrees (if it has any) and outside its excluded ones. */
function withinNameConstraints(path: readonly pkijs.Certificate[]): boolean {
  return path.every((ca, index) => {
    const constraints = ca.extensions?.find((e) => e.extnID === NAME_CONSTRAINTS)?.parsedValue as
      | pkijs.NameConstraints
      | undefined;
    if (!constraints) return true;
    const permitted = dnsBases(constraints.permittedSubtrees);
    const excluded = dnsBases(constraints.excludedSubtrees);
    return path
      .slice(0, index)
      .every((below) =>
        dnsNames(below).every(
          (name) =>
            (permitted.length === 0 || permitted.some((base) => inSubtree(name, base))) &&
            !excluded.some((base) => inSubtree(name, base)),
        ),
      );
  });
}

function dnsBases(subtrees: readonly pkijs.GeneralSubtree[] | undefined): string[] {
  return (subtrees ?? [])
    .filter((subtree) => subtree.base.type === DNS_NAME)
    .map((subtree) => String(subtree.base.value).toLowerCase());
}

function dnsNames(certificate: pkijs.Certificate): string[] {
  const names = certificate.extensions?.find((e) => e.extnID === SUBJECT_ALT_NAME)?.parsedValue as
    | pkijs.AltName
    | undefined;
  return (names?.altNames ?? [])
    .filter((name) => name.type === DNS_NAME)
    .map((name) => String(name.value).toLowerCase());
}

/** RFC 5280 4.2.1.10, as OpenSSL reads it: "example.com" is it and its subdomains; ".example.com" only its subdomains; "" anything. */
function inSubtree(name: string, base: string): boolean {
  if (base === "") return true;
  if (base.startsWith(".")) return name.endsWith(base);
  return name === base || name.endsWith(`.${base}`);
}

function pathLength(certificate: pkijs.Certificate): number | undefined {
  const extension = certificate.extensions?.find((e) => e.extnID === BASIC_CONSTRAINTS);
  const parsed = extension?.parsedValue as pkijs.BasicConstraints | undefined;
  // PKI.js sets the field only when the certificate encodes one; a value too large for a number is no limit.
  if (!parsed?.cA || !("pathLenConstraint" in parsed)) return undefined;
  const value = parsed.pathLenConstraint;
  return typeof value === "number" ? value : undefined;
}

function toPkijs(certificate: X509Certificate): pkijs.Certificate {
  return pkijs.Certificate.fromBER(new Uint8Array(certificate.raw));
}

/** Node quotes names with separators in them, so a listed `DNS:echo-api.amazon.com` is that name exactly. */
function namesSigningDomain(certificate: X509Certificate): boolean {
  return (certificate.subjectAltName ?? "").split(", ").includes(`DNS:${SIGNING_DOMAIN}`);
}
