/**
 * The certificate URL rules, on the URL as it will be fetched: normalised
 * first, then checked; what passes is the normalised URL.
 */
import { describe, expect, it } from "vitest";
import { certificateUrl } from "../../server/certificate-url";

describe("certificateUrl", () => {
  it.each([
    [
      "Amazon's form",
      "https://s3.amazonaws.com/echo.api/echo-api-cert.pem",
      "https://s3.amazonaws.com/echo.api/echo-api-cert.pem",
    ],
    [
      "host and scheme in any case",
      "HTTPS://S3.AmazonAWS.COM/echo.api/echo-api-cert.pem",
      "https://s3.amazonaws.com/echo.api/echo-api-cert.pem",
    ],
    [
      "port 443 given",
      "https://s3.amazonaws.com:443/echo.api/echo-api-cert.pem",
      "https://s3.amazonaws.com/echo.api/echo-api-cert.pem",
    ],
    [
      "`..` that stays inside",
      "https://s3.amazonaws.com/echo.api/../echo.api/echo-api-cert.pem",
      "https://s3.amazonaws.com/echo.api/echo-api-cert.pem",
    ],
    [
      "`.` segments",
      "https://s3.amazonaws.com/echo.api/./x/./../echo-api-cert.pem",
      "https://s3.amazonaws.com/echo.api/echo-api-cert.pem",
    ],
    [
      "a fragment, dropped",
      "https://s3.amazonaws.com/echo.api/echo-api-cert.pem#part",
      "https://s3.amazonaws.com/echo.api/echo-api-cert.pem",
    ],
  ])("accepts %s, as %s", (_name, header, expected) => {
    expect(certificateUrl(header).href).toBe(expected);
  });

  it.each([
    ["http", "http://s3.amazonaws.com/echo.api/echo-api-cert.pem", /not https/],
    ["another host", "https://evil.example.com/echo.api/echo-api-cert.pem", /host/],
    ["a host with a trailing dot", "https://s3.amazonaws.com./echo.api/echo-api-cert.pem", /host/],
    ["a look-alike host", "https://s3.amazonaws.com.evil.example/echo.api/echo-api-cert.pem", /host/],
    ["another port", "https://s3.amazonaws.com:563/echo.api/echo-api-cert.pem", /port/],
    ["credentials", "https://user@s3.amazonaws.com/echo.api/echo-api-cert.pem", /credentials/],
    ["another path", "https://s3.amazonaws.com/EcHo.aPi/echo-api-cert.pem", /path/],
    ["`..` out of /echo.api/", "https://s3.amazonaws.com/echo.api/../other/cert.pem", /path/],
    ["percent-encoded `..` out of /echo.api/", "https://s3.amazonaws.com/echo.api/%2e%2e/other/cert.pem", /path/],
    ["backslashed `..` out of /echo.api/", "https://s3.amazonaws.com/echo.api\\..\\other\\cert.pem", /path/],
    ["an encoded slash", "https://s3.amazonaws.com/echo.api/..%2F..%2Fother/cert.pem", /encoded slash/],
    ["an encoded backslash", "https://s3.amazonaws.com/echo.api/..%5cother/cert.pem", /encoded slash/],
    ["a path that only starts like it", "https://s3.amazonaws.com/echo.api.evil/cert.pem", /path/],
    ["not a URL", "echo.api/echo-api-cert.pem", /not a URL/],
    ["a very long URL", `https://s3.amazonaws.com/echo.api/${"a".repeat(3000)}`, /too long/],
  ])("refuses %s", (_name, header, reason) => {
    expect(() => certificateUrl(header)).toThrow(reason);
  });
});
