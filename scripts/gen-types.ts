// Stage 1 of codegen: the spec -> TypeScript types (openapi-typescript), one named declaration per component schema.
import { readFile } from "node:fs/promises";
import openapiTS, { astToString, type SchemaObject } from "openapi-typescript";
import ts from "typescript";
import { parse } from "yaml";
import type { GeneratedFile } from "./generated-file.ts";
import { SPEC_URL, header } from "./generated-file.ts";

const SCHEMA_REF = /^#\/components\/schemas\/([A-Za-z_$][\w$]*)$/;

type Schemas = Record<string, SchemaObject>;

const isStringEnum = (schema: SchemaObject | undefined): boolean =>
  schema?.type === "string" && Array.isArray(schema.enum) && schema.enum.every((value) => typeof value === "string");

// Keywords that only describe a schema, not constrain it: `{ type: string, description }` is still any string.
const ANNOTATIONS = new Set(["type", "description", "title", "examples", "example", "deprecated"]);
const isPlainString = (schema: SchemaObject): boolean =>
  schema.type === "string" && Object.keys(schema).every((key) => ANNOTATIONS.has(key) || key.startsWith("x-"));

/**
 * An open enum: `anyOf` of refs to string enums plus one plain `{ type: string }` (the spec's `VaultPath`). TypeScript
 * folds `"a" | "b" | string` into `string`, losing the autocomplete; `string & {}` is still any string but is not
 * folded, so editors keep offering the known values (https://github.com/microsoft/TypeScript/issues/29729).
 */
export function openEnum(schema: SchemaObject, schemas: Schemas): ts.TypeNode | undefined {
  const members = schema.anyOf;
  if (!Array.isArray(members) || members.length < 2) return undefined;
  const known: string[] = [];
  let plain = 0;
  for (const member of members) {
    const ref = "$ref" in member ? SCHEMA_REF.exec(member.$ref)?.[1] : undefined;
    if (ref !== undefined && isStringEnum(schemas[ref])) known.push(ref);
    else if (!("$ref" in member) && isPlainString(member)) plain++;
    else return undefined;
  }
  if (known.length === 0 || plain !== 1) return undefined;
  const anyString = ts.factory.createParenthesizedType(
    ts.factory.createIntersectionTypeNode([
      ts.factory.createKeywordTypeNode(ts.SyntaxKind.StringKeyword),
      ts.factory.createTypeLiteralNode([]),
    ]),
  );
  return ts.factory.createUnionTypeNode([...known.map((name) => ts.factory.createTypeReferenceNode(name)), anyString]);
}

// `components["schemas"]["X"]` -> `X`, wherever openapi-typescript wrote it.
function schemaNameOf(node: ts.Node): string | undefined {
  if (!ts.isIndexedAccessTypeNode(node) || !ts.isLiteralTypeNode(node.indexType)) return undefined;
  const inner = node.objectType;
  if (!ts.isIndexedAccessTypeNode(inner) || !ts.isTypeReferenceNode(inner.objectType)) return undefined;
  if (!ts.isIdentifier(inner.objectType.typeName) || inner.objectType.typeName.text !== "components") return undefined;
  if (!ts.isLiteralTypeNode(inner.indexType) || !ts.isStringLiteral(inner.indexType.literal)) return undefined;
  if (inner.indexType.literal.text !== "schemas" || !ts.isStringLiteral(node.indexType.literal)) return undefined;
  return node.indexType.literal.text;
}

function namesForRefs<T extends ts.Node>(node: T): T {
  const visit = (child: ts.Node): ts.Node => {
    const name = schemaNameOf(child);
    if (name !== undefined) return ts.factory.createTypeReferenceNode(name);
    return ts.visitEachChild(child, visit, undefined);
  };
  return visit(node) as T;
}

const EXPORT = [ts.factory.createModifier(ts.SyntaxKind.ExportKeyword)];

/**
 * Each schema of `components.schemas` becomes `export interface X` (objects) or `export type X` (anything else), with
 * the schema's doc comment, and `components["schemas"]["X"]` becomes `X`. Editors then show `ActivityLog`,
 * `ScenarioExecutionLog`, `SynapsStepEvent` in hovers and errors instead of the expanded structure; an indexed access
 * into `components` names no type of its own. `components["schemas"]["X"]` still works: it is `X`.
 */
function nameSchemas(nodes: readonly ts.Node[]): ts.Node[] {
  const out: ts.Node[] = [];
  const declarations: ts.Node[] = [];
  for (const node of nodes) {
    if (!ts.isInterfaceDeclaration(node) || node.name.text !== "components") {
      out.push(namesForRefs(node));
      continue;
    }
    const members = node.members.map((member) => {
      const isSchemas =
        ts.isPropertySignature(member) && ts.isIdentifier(member.name) && member.name.text === "schemas";
      if (!isSchemas || !member.type || !ts.isTypeLiteralNode(member.type)) return namesForRefs(member);
      const schemas = member.type.members.map((schema) => {
        if (!ts.isPropertySignature(schema) || !schema.type || !ts.isIdentifier(schema.name))
          throw new Error(
            `components.schemas: cannot name ${ts.SyntaxKind[schema.kind]} (a schema name must be an identifier)`,
          );
        const name = schema.name.text;
        const type = namesForRefs(schema.type);
        const declaration = ts.isTypeLiteralNode(type)
          ? ts.factory.createInterfaceDeclaration(EXPORT, name, undefined, undefined, type.members)
          : ts.factory.createTypeAliasDeclaration(EXPORT, name, undefined, type);
        ts.setSyntheticLeadingComments(declaration, ts.getSyntheticLeadingComments(schema));
        declarations.push(declaration);
        return ts.factory.createPropertySignature(undefined, name, undefined, ts.factory.createTypeReferenceNode(name));
      });
      return ts.factory.updatePropertySignature(
        member,
        member.modifiers,
        member.name,
        member.questionToken,
        ts.factory.createTypeLiteralNode(schemas),
      );
    });
    out.push(
      ts.factory.updateInterfaceDeclaration(
        node,
        node.modifiers,
        node.name,
        node.typeParameters,
        node.heritageClauses,
        members,
      ),
      ...declarations,
    );
  }
  return out;
}

/** Renders `generated/compilot-activity-logs.d.ts` (unformatted; the caller runs prettier). */
export async function renderTypes(): Promise<GeneratedFile[]> {
  const spec = parse(await readFile(SPEC_URL, "utf8")) as { components: { schemas: Schemas } };
  const ast = await openapiTS(SPEC_URL, {
    transform: (schema) => openEnum(schema, spec.components.schemas),
    // Not `immutable`: it breaks array methods on openapi-fetch 0.17 responses (openapi-typescript#2615).
  });
  return [{ path: "generated/compilot-activity-logs.d.ts", content: header("//") + astToString(nameSchemas(ast)) }];
}
