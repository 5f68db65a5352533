// The upstream conformance harness's own logic, offline: no network, no upstream/node_modules. The vendor-generated
// run itself is `npm run spec:upstream`.
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  formatReport,
  groupDifferences,
  guardRouteOf,
  linkPaths,
  loadUpstreamManifest,
  newestPin,
  payloadDifferences,
  pinnedVersions,
  pointerPattern,
  routeOf,
  routingDifferences,
  schemaDifferences,
  tally,
  validationDifferences,
  type Difference,
  type DifferenceGroup,
  type Payload,
  type Site,
} from "../scripts/spec-upstream.ts";

const link = { version: "v1", schema: "Customer", path: "Customer/identityData/nationality" };
const scenarioLog = {
  data: {
    executions: [
      {
        rules: [
          { rule_data: { attribute: link, value: ["FR", "DE"], operator: "$in" }, status: "valid" },
          { rule_data: { attribute: "credentialSubject.age", value: 18, operator: "$gte" } },
        ],
        scenarioStatus: "valid",
      },
    ],
    execution_status: "valid",
  },
};
const scenarioPayload: Payload = {
  log: scenarioLog,
  routes: [
    { pointer: "", site: "activityLog", variant: "scenarioExecution" },
    { pointer: "/data/executions/0/rules/0/rule_data/attribute", site: "attribute", variant: "link" },
    { pointer: "/data/executions/0/rules/0/rule_data/value", site: "ruleValue", variant: "strings" },
    { pointer: "/data/executions/0/rules/1/rule_data/attribute", site: "attribute", variant: "string" },
    { pointer: "/data/executions/0/rules/1/rule_data/value", site: "ruleValue", variant: "number" },
  ],
};
const kycPayload: Payload = {
  log: { data: { data: { session_id: "s1" }, event: { status: "APPROVED", alias: "a", sandbox: false } } },
  routes: [
    { pointer: "", site: "activityLog", variant: "kycProviderEvent" },
    { pointer: "/data/event", site: "synapsEvent", variant: "session" },
  ],
};

/** `scenarioLog` with its first rule's operator replaced. */
const withOperator = (operator: string) => ({
  data: {
    ...scenarioLog.data,
    executions: [{ ...scenarioLog.data.executions[0], rules: [{ rule_data: { attribute: link, operator } }] }],
  },
});

const difference = (pointer: string, received: string, check: Difference["check"] = "validate"): Difference => ({
  check,
  pointer,
  expected: "one of a, b",
  received,
});

describe("pointerPattern", () => {
  it("replaces every array index with *", () => {
    expect(pointerPattern("/data/executions/0/rules/12/rule_data/operator")).toBe(
      "/data/executions/*/rules/*/rule_data/operator",
    );
  });

  it("keeps member names, including ones that only start with a digit, and the empty pointer", () => {
    expect(pointerPattern("/data/data/0x1/01")).toBe("/data/data/0x1/01");
    expect(pointerPattern("")).toBe("");
  });
});

describe("routing check", () => {
  it("finds no difference when every union site goes to the variant the log was generated as", () => {
    expect(routingDifferences(scenarioPayload)).toEqual([]);
    expect(routingDifferences(kycPayload)).toEqual([]);
  });

  it("reports a log whose shape fits no variant as routed to unknown", () => {
    const payload: Payload = {
      log: { data: 42 },
      routes: [{ pointer: "", site: "activityLog", variant: "kycProviderEvent" }],
    };
    expect(routingDifferences(payload)).toEqual([
      { check: "routing", pointer: "", expected: "activityLog routed to kycProviderEvent", received: "unknown" },
    ]);
  });

  it("reports each misrouted site at its own pointer", () => {
    const payload: Payload = {
      ...scenarioPayload,
      routes: [
        { pointer: "/data/executions/0/rules/0/rule_data/value", site: "ruleValue", variant: "numbers" },
        { pointer: "/data/executions/0/rules/1/rule_data/attribute", site: "attribute", variant: "link" },
      ],
    };
    expect(routingDifferences(payload).map((d) => [d.pointer, d.received])).toEqual([
      ["/data/executions/0/rules/0/rule_data/value", "strings"],
      ["/data/executions/0/rules/1/rule_data/attribute", "string"],
    ]);
  });

  it("routeOf and guardRouteOf name the variant at each site, and unknown for a value of no variant's shape", () => {
    const cases: [Site, unknown, string][] = [
      ["activityLog", kycPayload.log, "kycProviderEvent"],
      ["activityLog", scenarioLog, "scenarioExecution"],
      ["activityLog", "log", "unknown"],
      ["synapsEvent", null, "none"],
      ["synapsEvent", undefined, "none"],
      ["synapsEvent", 3, "unknown"],
      ["attribute", link, "link"],
      ["attribute", "credentialSubject.age", "string"],
      ["attribute", 7, "unknown"],
      ["ruleValue", [], "strings"],
      ["ruleValue", [1, 2], "numbers"],
      ["ruleValue", { min: 1 }, "unknown"],
    ];
    for (const [site, value, variant] of cases) {
      expect([routeOf(site, value), guardRouteOf(site, value)], `${site} ${JSON.stringify(value)}`).toEqual([
        variant,
        variant,
      ]);
    }
    expectTypeOf(routeOf).returns.toEqualTypeOf<string>();
  });
});

describe("validation checks", () => {
  it("accept a spec-valid log with both the package's validation and the spec's JSON Schema", () => {
    expect(validationDifferences(scenarioLog)).toEqual([]);
    expect(schemaDifferences(scenarioPayload)).toEqual([]);
    expect(payloadDifferences(scenarioPayload)).toEqual([]);
  }, 60_000);

  it("report a bad leaf at its pointer inside the log, in both checks", () => {
    const log = withOperator("$bogus");
    const pointer = "/data/executions/0/rules/0/rule_data/operator";
    expect(validationDifferences(log)).toEqual([
      expect.objectContaining({ check: "validate", pointer, received: '"$bogus"' }),
    ]);
    const payload: Payload = { log, routes: [{ pointer: "", site: "activityLog", variant: "scenarioExecution" }] };
    expect(schemaDifferences(payload)).toEqual([
      expect.objectContaining({ check: "json-schema", pointer, received: '"$bogus"' }),
    ]);
  }, 60_000);

  it("explains a JSON Schema failure against the variant the log was generated as", () => {
    const log = { data: { data: { session_id: "s1" }, event: { status: "NOPE", alias: "a", sandbox: false } } };
    const payload: Payload = { log, routes: [{ pointer: "", site: "activityLog", variant: "kycProviderEvent" }] };
    const pointers = schemaDifferences(payload).map((d) => d.pointer);
    expect(pointers).toContain("/data/event/status");
    expect(pointers).not.toContain("/data/execution_status");
  }, 60_000);
});

describe("groups and tally", () => {
  it("groups differences by check, pointer pattern and expectation, counting each received value", () => {
    const groups = groupDifferences([
      [difference("/data/executions/0/status", '"x"')],
      [difference("/data/executions/3/status", '"y"'), difference("/data/executions/1/status", '"x"')],
      [difference("/data/executions/0/status", '"x"', "json-schema")],
    ]);
    expect(groups).toEqual<DifferenceGroup[]>([
      {
        check: "validate",
        pattern: "/data/executions/*/status",
        expected: "one of a, b",
        count: 3,
        received: [
          ['"x"', 2],
          ['"y"', 1],
        ],
        example: { payload: 0, pointer: "/data/executions/0/status", received: '"x"' },
      },
      {
        check: "json-schema",
        pattern: "/data/executions/*/status",
        expected: "one of a, b",
        count: 1,
        received: [['"x"', 1]],
        example: { payload: 2, pointer: "/data/executions/0/status", received: '"x"' },
      },
    ]);
  });

  it("has no group when nothing differs", () => {
    expect(groupDifferences([[], []])).toEqual([]);
  });

  it("counts a payload as accepted without validation differences and as routed without routing differences", () => {
    const routingOnly: Difference = {
      ...difference("/data/executions/0/rules/1/rule_data/attribute", "unknown", "routing"),
    };
    const result = tally(
      [scenarioPayload, kycPayload, scenarioPayload],
      [[], [difference("/data/event/status", '"NOPE"')], [routingOnly]],
    );
    expect(result).toEqual({
      payloads: 3,
      accepted: 2,
      routed: 2,
      sites: {
        activityLog: { checked: 3, routed: 3 },
        synapsEvent: { checked: 1, routed: 1 },
        attribute: { checked: 4, routed: 3 },
        ruleValue: { checked: 4, routed: 4 },
      },
    });
  });

  it("formats the tally and each group with its count, received values and one example", () => {
    const perPayload = [[difference("/data/executions/0/status", '"x"')], []];
    const text = formatReport("v1.0.0", tally([scenarioPayload, kycPayload], perPayload), groupDifferences(perPayload));
    expect(text).toContain("2 payloads, 1 accepted (50.0%), 2 routed (100.0%)");
    expect(text).toContain("1× [validate] /data/executions/*/status expected one of a, b");
    expect(text).toContain('e.g. payload #0 at /data/executions/0/status: "x"');
    expect(formatReport("v1.0.0", tally([kycPayload], [[]]), [])).toContain("no differences");
  });
});

describe("pins", () => {
  it("reads the vendor versions pinned as npm aliases, and a tarball's by its locked version", () => {
    const aliases = {
      "fast-check": "3.23.2",
      s191: "npm:@nexeraid/identity-schemas@2.191.0",
      s222: "npm:@nexeraid/identity-schemas@2.222.0",
    };
    expect(pinnedVersions({ dependencies: aliases }).map((pin) => pin.version)).toEqual(["2.191.0", "2.222.0"]);
    const tarball = { dependencies: { s223: "file:../../release.tgz" } };
    const lock = { packages: { "node_modules/s223": { name: "@nexeraid/identity-schemas", version: "2.223.0" } } };
    expect(pinnedVersions(tarball, lock)).toEqual([{ alias: "s223", version: "2.223.0" }]);
    expect(pinnedVersions(tarball)).toEqual([]);
  });

  it("upstream/package.json pins the release the spec was first checked on, and the newest one", () => {
    const { manifest, lock } = loadUpstreamManifest();
    expect((manifest as { private?: boolean }).private).toBe(true);
    const versions = pinnedVersions(manifest, lock).map((pin) => pin.version);
    expect(versions).toHaveLength(2);
    expect(versions[0]).toBe("2.191.0");
  });

  it("ignores dependencies that are not the vendor's package", () => {
    expect(pinnedVersions({ dependencies: { zod: "3.25.76", s1: "npm:@nexeraid/other@1.0.0" } })).toEqual([]);
  });
});

describe("vault links", () => {
  it("reads the path of every vault link routed at a rule's attribute, and no plain-string attribute", () => {
    expect(linkPaths([scenarioPayload, kycPayload])).toEqual(["Customer/identityData/nationality"]);
    expect(linkPaths([kycPayload])).toEqual([]);
  });
});

describe("the newest pin", () => {
  it("compares versions by number, not as text", () => {
    const pins = ["2.191.0", "2.222.0", "2.30.1", "10.0.0"].map((version) => ({ alias: version, version }));
    expect(newestPin(pins)?.version).toBe("10.0.0");
    expect(newestPin(pins.slice(0, 3))?.version).toBe("2.222.0");
    expect(newestPin([])).toBeUndefined();
  });
});
