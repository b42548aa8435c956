/** npm run serve's arguments and environment: --insecure-dev listens on this machine only unless HOST says otherwise. */
import { describe, expect, it } from "vitest";
import { serveCommand } from "../../server/serve-options";

describe("serveCommand", () => {
  it("verifies and listens on every interface by default", () => {
    expect(serveCommand([], { SKILL_ID: " amzn1.ask.skill.x " })).toEqual({
      kind: "serve",
      insecure: false,
      host: "0.0.0.0",
      port: 3000,
      skillId: "amzn1.ask.skill.x",
    });
  });

  it("listens on 127.0.0.1 with --insecure-dev", () => {
    expect(serveCommand(["--insecure-dev"], {})).toMatchObject({
      kind: "serve",
      insecure: true,
      host: "127.0.0.1",
      skillId: undefined,
    });
  });

  it("listens where HOST says, with or without --insecure-dev", () => {
    expect(serveCommand(["--insecure-dev"], { HOST: "0.0.0.0", PORT: "8080" })).toMatchObject({
      host: "0.0.0.0",
      port: 8080,
    });
    expect(serveCommand([], { HOST: "127.0.0.1" })).toMatchObject({ host: "127.0.0.1" });
  });

  it("asks for help, and refuses unknown options and bad ports", () => {
    expect(serveCommand(["--help"], {})).toEqual({ kind: "help" });
    expect(serveCommand(["--insecure"], {})).toMatchObject({
      kind: "error",
      message: expect.stringContaining("--insecure"),
    });
    expect(serveCommand([], { PORT: "70000" })).toMatchObject({
      kind: "error",
      message: expect.stringContaining("PORT"),
    });
  });
});
