/**
 * Certificate chains made by the openssl command line, with whatever X.509
 * extensions a test names (name constraints, path lengths, key usage), and
 * OpenSSL's own verdict on each (`openssl verify`), for server/certificate-chain.ts
 * to be compared against.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** One CA of a chain, root first: the extensions it carries, one per line, as openssl's config writes them. */
export interface CaSpec {
  readonly name: string;
  readonly extensions: readonly string[];
}

export interface OpensslChain {
  /** The root, to be trusted. */
  readonly rootPem: string;
  /** Signing certificate first, then the CAs below the root, as Amazon serves a chain. */
  readonly chainPem: string;
  /** What `openssl verify -CAfile root -untrusted <CAs> <leaf>` says. */
  readonly opensslAccepts: boolean;
  readonly opensslSays: string;
}

export const CA = ["basicConstraints=critical,CA:TRUE", "keyUsage=critical,keyCertSign,cRLSign"] as const;
export const LEAF = [
  "basicConstraints=critical,CA:FALSE",
  "keyUsage=critical,digitalSignature",
  "subjectAltName=DNS:echo-api.amazon.com",
] as const;

function openssl(args: readonly string[], cwd: string): void {
  execFileSync("openssl", args, { cwd, stdio: ["ignore", "ignore", "pipe"] });
}

/** Builds root → cas[1] → ... → leaf in a temporary folder and asks OpenSSL for its verdict. */
export function opensslChain(cas: readonly CaSpec[], leaf: readonly string[] = LEAF): OpensslChain {
  const dir = mkdtempSync(join(tmpdir(), "neck-coach-openssl-"));
  try {
    const names = [...cas.map((ca) => ca.name), "leaf"];
    for (const name of names)
      openssl(["genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", `${name}.key`], dir);
    for (const ca of cas) writeFileSync(join(dir, `${ca.name}.ext`), `${ca.extensions.join("\n")}\n`);
    writeFileSync(join(dir, "leaf.ext"), `${leaf.join("\n")}\n`);
    writeFileSync(join(dir, "base.cnf"), "[req]\ndistinguished_name=dn\n[dn]\n");
    const [root, ...below] = cas;
    if (!root) throw new Error("a chain needs a root");
    openssl(
      [
        "req",
        "-x509",
        "-new",
        "-key",
        `${root.name}.key`,
        "-subj",
        `/CN=${root.name}`,
        "-days",
        "30",
        "-extensions",
        "v3",
        "-out",
        `${root.name}.pem`,
        ...extensionArgs(dir, root.name),
      ],
      dir,
    );
    let issuer = root.name;
    for (const name of [...below.map((ca) => ca.name), "leaf"]) {
      openssl(
        [
          "req",
          "-new",
          "-key",
          `${name}.key`,
          "-subj",
          `/CN=${name === "leaf" ? "echo-api.amazon.com" : name}`,
          "-config",
          "base.cnf",
          "-out",
          `${name}.csr`,
        ],
        dir,
      );
      openssl(
        [
          "x509",
          "-req",
          "-in",
          `${name}.csr`,
          "-CA",
          `${issuer}.pem`,
          "-CAkey",
          `${issuer}.key`,
          "-set_serial",
          String(Date.now() % 1e9),
          "-days",
          "30",
          "-extfile",
          `${name}.ext`,
          "-out",
          `${name}.pem`,
        ],
        dir,
      );
      issuer = name;
    }
    const read = (name: string) => readFileSync(join(dir, `${name}.pem`), "utf8");
    const intermediates = below.map((ca) => ca.name).reverse();
    const untrusted = intermediates.length > 0 ? ["-untrusted", "untrusted.pem"] : [];
    writeFileSync(join(dir, "untrusted.pem"), intermediates.map(read).join(""));
    const verdict = spawnSync("openssl", ["verify", "-CAfile", `${root.name}.pem`, ...untrusted, "leaf.pem"], {
      cwd: dir,
      encoding: "utf8",
    });
    return {
      rootPem: read(root.name),
      chainPem: [read("leaf"), ...intermediates.map(read)].join(""),
      opensslAccepts: verdict.status === 0,
      opensslSays: `${verdict.stdout}${verdict.stderr}`.trim(),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A self-signed root with its extensions: written to a config section, as `req -x509` reads them. */
function extensionArgs(dir: string, name: string): string[] {
  const config = join(dir, `${name}.cnf`);
  writeFileSync(config, `[req]\ndistinguished_name=dn\n[dn]\n[v3]\n${readFileSync(join(dir, `${name}.ext`), "utf8")}`);
  return ["-config", config];
}
