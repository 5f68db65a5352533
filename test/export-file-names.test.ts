import { describe, expect, expectTypeOf, it } from "vitest";
import { fileNames, fileStem, partialName } from "../src/cli/file-names.ts";

describe("fileStem", () => {
  it("keeps a plain lower-case id as it is (UUIDs, cus_123)", () => {
    expect(fileStem("9f0c2a4e-1b2c-4d5e-8f90-0123456789ab")).toBe("9f0c2a4e-1b2c-4d5e-8f90-0123456789ab");
    expect(fileStem("cus_123.v2")).toBe("cus_123.v2");
    expectTypeOf(fileStem("a")).toEqualTypeOf<string>();
  });

  it("gives an id with unsafe characters a sanitized name plus a hash of the id", () => {
    expect(fileStem("a/b")).toMatch(/^a_b~[0-9a-f]{12}$/);
    expect(fileStem("../../etc/passwd")).toMatch(/^_._.._etc_passwd~[0-9a-f]{12}$/);
    expect(fileStem("é 中")).toMatch(/^___~[0-9a-f]{12}$/);
    expect(fileStem("a\u0000b\nc")).toMatch(/^a_b_c~[0-9a-f]{12}$/);
  });

  it("tells apart ids that sanitize alike, and ids that differ in case only", () => {
    const stems = ["a/b", "a:b", "a\\b", "a_b", "A_B", "A/B"].map(fileStem);
    expect(new Set(stems).size).toBe(6);
    expect(new Set(stems.map((s) => s.toLowerCase())).size).toBe(6);
    expect(fileStem("a_b")).toBe("a_b");
  });

  it("never keeps a name Windows reserves, a hidden name or a trailing dot", () => {
    for (const id of ["con", "nul", "aux", "prn", "com1", "lpt9", "con.txt", "nul.jsonl", "COM1"])
      expect(fileStem(id), id).toMatch(/~[0-9a-f]{12}$/);
    expect(fileStem(".hidden")).toMatch(/^_hidden~/);
    expect(fileStem("trailing.")).toMatch(/^trailing_~/);
    expect(fileStem("console")).toBe("console");
  });

  it("keeps names short: a long id is cut and hashed", () => {
    const long = "x".repeat(500);
    expect(fileStem(long)).toHaveLength(80 + 1 + 12);
    expect(fileStem(long)).not.toBe(fileStem(`${long}y`));
    expect(fileStem("y".repeat(120))).toBe("y".repeat(120));
    expect(fileStem("y".repeat(121))).toMatch(/~/);
  });

  it("gives the same id the same name on every run (what --resume relies on)", () => {
    expect(fileStem("Tenant/ACME:1")).toBe(fileStem("Tenant/ACME:1"));
  });
});

describe("fileNames", () => {
  it("maps every id to its file name with the format's extension", () => {
    const names = fileNames(["cus-1", "a/b", "con"], "csv");
    expect([...names.keys()]).toEqual(["cus-1", "a/b", "con"]);
    expect(names.get("cus-1")).toBe("cus-1.csv");
    expect(names.get("a/b")).toMatch(/^a_b~[0-9a-f]{12}\.csv$/);
    expect(new Set(names.values()).size).toBe(3);
  });

  it("hides the partial file until it is renamed", () => {
    expect(partialName("cus-1.jsonl")).toBe(".cus-1.jsonl.partial");
  });
});
