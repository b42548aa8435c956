/**
 * server/certificate-chain.ts against `openssl verify`, on chains openssl
 * makes with name constraints, path lengths and key usages (issue 23,
 * finding 2): the server accepts a chain exactly when OpenSSL does.
 */
import { describe, expect, it } from "vitest";
import { TrustAnchors, verifyChain } from "../../server/certificate-chain";
import { CA, LEAF, opensslChain, type CaSpec } from "./openssl-pki";

const root = (...extra: string[]): CaSpec => ({ name: "root", extensions: [...CA, ...extra] });
const ca = (name: string, ...extra: string[]): CaSpec => ({ name, extensions: [...CA, ...extra] });

type Case = readonly [string, readonly CaSpec[], (readonly string[])?];
const CASES: readonly Case[] = [
  ["a plain root, intermediate and signing certificate", [root(), ca("inter")]],
  [
    "an intermediate constrained to another domain",
    [root(), ca("inter", "nameConstraints=critical,permitted;DNS:.example.org")],
  ],
  [
    "an intermediate constrained to amazon.com",
    [root(), ca("inter", "nameConstraints=critical,permitted;DNS:.amazon.com")],
  ],
  [
    "an intermediate that excludes amazon.com",
    [root(), ca("inter", "nameConstraints=critical,excluded;DNS:.amazon.com")],
  ],
  ["a root constrained to another domain", [root("nameConstraints=critical,permitted;DNS:.example.org"), ca("inter")]],
  [
    "a pathlen:0 intermediate that signs a sub-CA",
    [root(), ca("inter", "basicConstraints=critical,CA:TRUE,pathlen:0"), ca("sub")],
  ],
  [
    "a pathlen:1 intermediate that signs a sub-CA",
    [root(), ca("inter", "basicConstraints=critical,CA:TRUE,pathlen:1"), ca("sub")],
  ],
  [
    "a pathlen:0 root above an intermediate",
    [
      {
        name: "root",
        extensions: ["basicConstraints=critical,CA:TRUE,pathlen:0", "keyUsage=critical,keyCertSign,cRLSign"],
      },
      ca("inter"),
    ],
  ],
  [
    "a pathlen:0 intermediate that signs the signing certificate",
    [root(), ca("inter", "basicConstraints=critical,CA:TRUE,pathlen:0")],
  ],
  [
    "an intermediate that is not a CA",
    [root(), { name: "inter", extensions: ["basicConstraints=critical,CA:FALSE", "keyUsage=critical,keyCertSign"] }],
  ],
  [
    "an intermediate without keyCertSign",
    [
      root(),
      { name: "inter", extensions: ["basicConstraints=critical,CA:TRUE", "keyUsage=critical,digitalSignature"] },
    ],
  ],
  [
    "a signing certificate outside its intermediate's permitted names",
    [root(), ca("inter", "nameConstraints=critical,permitted;DNS:.example.org")],
    [...LEAF.slice(0, 2), "subjectAltName=DNS:echo-api.amazon.com,DNS:www.example.org"],
  ],
];

describe("verifyChain agrees with openssl verify", () => {
  it.each(CASES.map(([name, cas, leaf]) => ({ name, cas, leaf })))("on $name", async ({ cas, leaf }) => {
    const made = opensslChain(cas, leaf);
    const ours = await verifyChain(made.chainPem, new TrustAnchors([made.rootPem]), Date.now()).then(
      () => "accepted",
      (error: Error) => `refused: ${error.message}`,
    );
    expect(ours.startsWith("accepted"), `openssl: ${made.opensslSays}; ours: ${ours}`).toBe(made.opensslAccepts);
  });

  it("refuses at least the constrained and path-length cases OpenSSL refuses (the suite is not all accepts)", () => {
    const refused = [1, 5].map((i) => {
      const chosen = CASES[i];
      return chosen ? opensslChain(chosen[1]).opensslAccepts : true;
    });
    expect(refused).toEqual([false, false]);
  });
});
