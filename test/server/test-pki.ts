/**
 * A certificate chain made for a test, as Alexa's is built: a root CA, an
 * intermediate CA it signs, and signing certificates for echo-api.amazon.com
 * the intermediate signs (with one key: they differ in what they say). Keys
 * come from node:crypto and sign there too;
 * node:crypto cannot write X.509 certificates, so node-forge writes them.
 */
import { generateKeyPair, privateEncrypt, sign, type KeyObject, type KeyPairKeyObjectResult } from "node:crypto";
import { promisify } from "node:util";
import forge from "node-forge";

const DAY_MS = 86_400_000;
const newKeyPair = promisify(generateKeyPair);
/** DER prefix of a PKCS #1 DigestInfo for a SHA-256 digest. */
const SHA256_DIGEST_INFO = Buffer.from("3031300d060960864801650304020105000420", "hex");

interface Issued {
  readonly pem: string;
  readonly privateKey: KeyObject;
}

/** What a signing certificate may get wrong. */
export interface LeafSpec {
  /** DNS subject alternative names (default: echo-api.amazon.com). */
  readonly dnsNames?: readonly string[];
  readonly notBefore?: Date;
  readonly notAfter?: Date;
}

interface CertificateSpec extends LeafSpec {
  readonly keys: KeyPairKeyObjectResult;
  readonly commonName: string;
  readonly isCa: boolean;
  /** Signs the certificate; itself when absent. */
  readonly issuer?: Issued;
}

let serial = 1;

/** forge signs with a key that has sign(md); this one signs forge's SHA-256 digest natively (RSA PKCS #1 v1.5). */
function nativeSigner(privateKey: KeyObject): forge.pki.rsa.PrivateKey {
  const signDigest = (md: forge.md.MessageDigest) =>
    privateEncrypt(
      privateKey,
      Buffer.concat([SHA256_DIGEST_INFO, Buffer.from(md.digest().getBytes(), "binary")]),
    ).toString("binary");
  return { sign: signDigest } as unknown as forge.pki.rsa.PrivateKey;
}

function issue(spec: CertificateSpec): Issued {
  const { publicKey, privateKey } = spec.keys;
  const certificate = forge.pki.createCertificate();
  certificate.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: "spki", format: "pem" }).toString());
  certificate.serialNumber = (serial++).toString(16).padStart(2, "0");
  certificate.validity.notBefore = spec.notBefore ?? new Date(Date.now() - DAY_MS);
  certificate.validity.notAfter = spec.notAfter ?? new Date(Date.now() + 30 * DAY_MS);
  const subject = [{ name: "commonName", value: spec.commonName }];
  certificate.setSubject(subject);
  certificate.setIssuer(spec.issuer ? forge.pki.certificateFromPem(spec.issuer.pem).subject.attributes : subject);
  certificate.setExtensions([
    { name: "basicConstraints", cA: spec.isCa, critical: true },
    spec.isCa
      ? { name: "keyUsage", keyCertSign: true, cRLSign: true, critical: true }
      : { name: "keyUsage", digitalSignature: true, critical: true },
    ...(spec.dnsNames
      ? [{ name: "subjectAltName", altNames: spec.dnsNames.map((value) => ({ type: 2, value })) }]
      : []),
  ]);
  certificate.sign(nativeSigner(spec.issuer?.privateKey ?? privateKey), forge.md.sha256.create());
  return { pem: forge.pki.certificateToPem(certificate), privateKey };
}

export interface SigningChain {
  /** Signing certificate + intermediate, as Amazon serves its chain. */
  readonly chain: string;
  /** Signs a request body as Alexa does (Signature-256: base64 RSA-SHA256). */
  signBody(body: string): string;
}

export interface TestPki extends SigningChain {
  /** The root CA, to be given to the server as a trust anchor. */
  readonly rootPem: string;
  /** Another signing certificate from the same intermediate, for the same key. */
  signingChain(leaf: LeafSpec): SigningChain;
}

/** A root CA named after `name`, its intermediate, and a good signing certificate for echo-api.amazon.com; new keys on every call. */
export async function createTestPki(name: string): Promise<TestPki> {
  const rsa = () => newKeyPair("rsa", { modulusLength: 2048 });
  const [rootKeys, intermediateKeys, signingKeys] = await Promise.all([rsa(), rsa(), rsa()]);
  const root = issue({ keys: rootKeys, commonName: `${name} Test Root CA`, isCa: true });
  const intermediate = issue({
    keys: intermediateKeys,
    commonName: `${name} Test Intermediate CA`,
    isCa: true,
    issuer: root,
  });
  const signingChain = (leaf: LeafSpec): SigningChain => {
    const signing = issue({
      keys: signingKeys,
      commonName: "echo-api.amazon.com",
      isCa: false,
      dnsNames: ["echo-api.amazon.com"],
      ...leaf,
      issuer: intermediate,
    });
    return {
      chain: `${signing.pem}${intermediate.pem}`,
      signBody: (body) => sign("sha256", Buffer.from(body, "utf8"), signing.privateKey).toString("base64"),
    };
  };
  return { rootPem: root.pem, ...signingChain({}), signingChain };
}
