/**
 * Guards on the source (hostile input, issue 6): every route handler and server action validates what it is given
 * with zod and answers through the shared error handling, and no code uses an XSS or SQL-injection sink.
 *
 * The checks read the TypeScript AST of every `app/api/**\/route.ts`, every "use server" module and every inline
 * "use server" function. "Validates with zod" means: the function itself calls `.parse(`/`.safeParse(`, or it calls
 * a function imported from `@/server/...` whose file does (domain functions parse their input with their own zod
 * schema; one function per file). A new handler or action that takes input without either fails here.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");

function walk(dir: string, keep: (file: string) => boolean): string[] {
  const full = path.join(root, dir);
  if (!existsSync(full)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(full, { withFileTypes: true })) {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules" && !entry.name.startsWith(".")) out.push(...walk(relative, keep));
    } else if (keep(relative)) out.push(relative);
  }
  return out;
}

/** Fixture sources for the self-test, keyed by a made-up path. */
const fixtures = new Map<string, string>();
const sourceFile = (file: string) =>
  ts.createSourceFile(
    file,
    fixtures.get(file) ?? readFileSync(path.join(root, file), "utf8"),
    ts.ScriptTarget.Latest,
    true,
    file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );

const isTest = (file: string) => /\.(test|int\.test|spec)\.tsx?$/.test(file) || file.includes(".int-helpers.");
const ZOD_PARSE = /\.(safeParse|parse|parseAsync|safeParseAsync)\(/;
const AUTH_CALL = /\b(requireUser|requirePageUser|getSessionUser|auth)\(/;

/** `@/server/x/y` imports of a file: local name → resolved file. */
function serverImports(source: ts.SourceFile): Map<string, string> {
  const imports = new Map<string, string>();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const specifier = statement.moduleSpecifier.text;
    if (!specifier.startsWith("@/server/")) continue;
    const base = path.join(root, specifier.slice(2));
    const file = [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")].find(existsSync);
    const bindings = statement.importClause?.namedBindings;
    if (!file || !bindings || !ts.isNamedImports(bindings)) continue;
    for (const element of bindings.elements) imports.set(element.name.text, file);
  }
  return imports;
}

/** Does `node` validate with zod itself, or call an imported server function whose file does? */
function validatesWithZod(node: ts.Node, imports: Map<string, string>): boolean {
  if (ZOD_PARSE.test(node.getText())) return true;
  let found = false;
  const visit = (child: ts.Node) => {
    if (found) return;
    if (ts.isCallExpression(child) && ts.isIdentifier(child.expression)) {
      const file = imports.get(child.expression.text);
      if (file && ZOD_PARSE.test(readFileSync(file, "utf8"))) found = true;
    }
    ts.forEachChild(child, visit);
  };
  visit(node);
  return found;
}

type Fn = ts.FunctionDeclaration | ts.ArrowFunction | ts.FunctionExpression;
const isFn = (node: ts.Node): node is Fn => ts.isFunctionDeclaration(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node);
const hasUseServer = (body: ts.Node | undefined) =>
  !!body && ts.isBlock(body) && body.statements.some((s) => ts.isExpressionStatement(s) && ts.isStringLiteral(s.expression) && s.expression.text === "use server");
/** An action "takes input" when it has a parameter other than useActionState's previous state. */
const takesInput = (fn: Fn) => fn.parameters.some((parameter) => !/^_|^prev/i.test(parameter.name.getText()));

// ---------------------------------------------------------------------------------------------- route handlers

const HTTP_METHODS = new Set(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]);
/** Route files exempt from the pattern, each with the reason. */
const ROUTE_EXCEPTIONS: Record<string, string> = {
  "app/api/auth/[...nextauth]/route.ts": "Auth.js's own handlers; credentials are parsed by authorize (credentialsSchema)",
  "app/api/health/route.ts": "liveness probe and benchmark floor: no input, no session, no database",
};
/** Routes that are public on purpose (no session check). */
const PUBLIC_ROUTES = new Set<string>([]);

function checkRouteFile(file: string): string[] {
  const source = sourceFile(file);
  const imports = serverImports(source);
  const problems: string[] = [];
  let methods = 0;
  for (const statement of source.statements) {
    const exported = ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported) continue;
    if (ts.isFunctionDeclaration(statement) && statement.name && HTTP_METHODS.has(statement.name.text)) {
      problems.push(`${file}: ${statement.name.text} is a plain function; wrap it: export const ${statement.name.text} = handleRoute(...)`);
      methods += 1;
    }
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name)) {
        if (declaration.name.getText().match(/GET|POST|PUT|PATCH|DELETE/)) problems.push(`${file}: destructured handler export; use handleRoute`);
        continue;
      }
      const name = declaration.name.text;
      if (!HTTP_METHODS.has(name)) continue;
      methods += 1;
      const init = declaration.initializer;
      if (!init || !ts.isCallExpression(init) || init.expression.getText() !== "handleRoute") {
        problems.push(`${file}: ${name} must be \`handleRoute(async (request) => ...)\``);
        continue;
      }
      const handler = init.arguments[0];
      if (!handler || !isFn(handler)) {
        problems.push(`${file}: ${name}: handleRoute needs an inline handler`);
        continue;
      }
      const text = handler.getText();
      if (!PUBLIC_ROUTES.has(file) && !AUTH_CALL.test(text)) problems.push(`${file}: ${name} never checks the session (requireUser)`);
      const readsInput = /\brequest\.(json|formData|text|arrayBuffer|blob)\(|searchParams|\bparams\b|\.body\b/.test(text);
      if (readsInput && !validatesWithZod(handler, imports)) {
        problems.push(`${file}: ${name} reads input but neither parses it with zod nor passes it to a server function that does`);
      }
    }
  }
  if (methods === 0) problems.push(`${file}: exports no HTTP method`);
  return problems;
}

// ---------------------------------------------------------------------------------------------- server actions

/** Actions that are public on purpose (no session), with the reason. */
const PUBLIC_ACTIONS: Record<string, string> = {
  "app/(auth)/actions.ts#signInAction": "signs in; Auth.js authorize parses the credentials (credentialsSchema) and rate-limits",
  "app/(auth)/actions.ts#signUpAction": "creates an account; registerUser parses with registerUserSchema",
  "app/(auth)/actions.ts#signOutAction": "takes no input",
  "app/(auth)/signin/page.tsx#inline": "OAuth buttons: no input, the provider id is fixed in the closure",
};
/** Actions whose input reaches zod outside `@/server` (documented exceptions). */
const VALIDATED_ELSEWHERE: Record<string, string> = {
  "app/(auth)/actions.ts#signInAction": "credentials go to Auth.js, whose authorize (server/auth/authorize-sign-in.ts) parses them",
};

type Action = { id: string; fn: Fn };

function findActions(file: string): Action[] {
  const source = sourceFile(file);
  return findActionsIn(file, source);
}

function findActionsIn(file: string, source: ts.SourceFile): Action[] {
  const moduleLevel = source.statements.some(
    (s, index) => index < 3 && ts.isExpressionStatement(s) && ts.isStringLiteral(s.expression) && s.expression.text === "use server",
  );
  const actions: Action[] = [];
  if (moduleLevel) {
    for (const statement of source.statements) {
      const exported = ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
      if (!exported) continue;
      if (ts.isFunctionDeclaration(statement) && statement.name) actions.push({ id: `${file}#${statement.name.text}`, fn: statement });
      if (ts.isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations) {
          if (declaration.initializer && isFn(declaration.initializer)) actions.push({ id: `${file}#${declaration.name.getText()}`, fn: declaration.initializer });
        }
      }
    }
  }
  const visit = (node: ts.Node) => {
    if (isFn(node) && hasUseServer(node.body)) actions.push({ id: `${file}#inline`, fn: node });
    ts.forEachChild(node, visit);
  };
  visit(source);
  return actions;
}

function checkActionFile(file: string): string[] {
  const imports = serverImports(sourceFile(file));
  const problems: string[] = [];
  for (const { id, fn } of findActions(file)) {
    if (!PUBLIC_ACTIONS[id] && !AUTH_CALL.test(fn.getText())) problems.push(`${id} never checks the session (requireUser)`);
    if (takesInput(fn) && !VALIDATED_ELSEWHERE[id] && !validatesWithZod(fn, imports)) {
      problems.push(`${id} takes input but neither parses it with zod nor passes it to a server function that does`);
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------- the tests

const routeFiles = walk("app/api", (file) => /(^|\/)route\.tsx?$/.test(file));
const codeFiles = ["app", "components", "lib", "server", "auth.ts", "auth.config.ts", "proxy.ts"].flatMap((entry) =>
  entry.endsWith(".ts") ? [entry] : walk(entry, (file) => /\.tsx?$/.test(file) && !isTest(file)),
);
const actionFiles = codeFiles.filter((file) => readFileSync(path.join(root, file), "utf8").includes("use server"));

describe("route handlers (app/api/**/route.ts)", () => {
  it("are found", () => {
    expect(routeFiles.length).toBeGreaterThan(1);
  });

  it("each exported method is handleRoute(...), checks the session and validates its input with zod", () => {
    const problems = routeFiles.filter((file) => !ROUTE_EXCEPTIONS[file]).flatMap(checkRouteFile);
    expect(problems).toEqual([]);
  });
});

describe("server actions", () => {
  it("are found (module-level and inline 'use server')", () => {
    expect(actionFiles.length).toBeGreaterThan(1);
  });

  it("each checks the session (unless public on purpose) and validates its input with zod", () => {
    expect(actionFiles.flatMap(checkActionFile)).toEqual([]);
  });
});

describe("the checks themselves", () => {
  const header = `import { z } from "zod";\nimport { requireUser } from "@/server/auth/session-user";\nimport { handleRoute } from "@/server/http/handle-route";\nimport { setUserRole } from "@/server/auth/set-user-role";\n`;
  const route = (code: string) => {
    fixtures.set("app/api/fixture/route.ts", header + code);
    return checkRouteFile("app/api/fixture/route.ts");
  };
  const action = (code: string, file = "app/fixture/actions.ts") => {
    fixtures.set(file, code.includes("use server") ? code : `"use server";\n${header}${code}`);
    return checkActionFile(file);
  };

  it("accept the house pattern", () => {
    expect(route("export const POST = handleRoute(async (request) => { await requireUser(); const body = z.object({}).parse(await request.json()); return Response.json(body); });")).toEqual([]);
    expect(route("export const GET = handleRoute(async () => { await requireUser(); return Response.json({}); });")).toEqual([]);
    expect(action("export async function a(_p: unknown, form: FormData) { const actor = await requireUser(); await setUserRole(actor, { userId: form.get('u') }); }")).toEqual([]);
  });

  it("refuse a plain handler, a missing session check and unvalidated input", () => {
    expect(route("export async function GET() { return Response.json({}); }")).toEqual([expect.stringContaining("plain function")]);
    expect(route("export const GET = async () => Response.json({});")).toEqual([expect.stringContaining("handleRoute")]);
    expect(route("export const POST = handleRoute(async (request) => { const body = await request.json(); return Response.json(body); });")).toEqual([
      expect.stringContaining("never checks the session"),
      expect.stringContaining("neither parses"),
    ]);
    expect(action("export async function b(_p: unknown, form: FormData) { await requireUser(); return String(form.get('x')); }")).toEqual([
      expect.stringContaining("neither parses"),
    ]);
    expect(action("export async function c(id: string) { return id; }")).toEqual([
      expect.stringContaining("never checks the session"),
      expect.stringContaining("neither parses"),
    ]);
    expect(
      action(`export default function Page() { async function go(form: FormData) { "use server"; return form.get("x"); } return go; }`, "app/fixture/page.tsx"),
    ).toEqual([expect.stringContaining("never checks the session"), expect.stringContaining("neither parses")]);
  });
});

describe("dangerous sinks", () => {
  const sinks: [string, RegExp][] = [
    ["dangerouslySetInnerHTML (XSS; the CSP allows inline scripts)", /dangerouslySetInnerHTML/],
    ["innerHTML/outerHTML assignment", /\.(inner|outer)HTML\s*=/],
    ["eval", /(^|[^.\w])eval\(/],
    ["new Function", /new Function\(/],
    ["raw SQL with string building ($queryRawUnsafe/$executeRawUnsafe)", /\$(queryRaw|executeRaw)Unsafe\(/],
  ];

  it("appear nowhere in app code", () => {
    const findings: string[] = [];
    for (const file of codeFiles) {
      const text = readFileSync(path.join(root, file), "utf8");
      for (const [label, pattern] of sinks) if (pattern.test(text)) findings.push(`${file}: ${label}`);
    }
    expect(findings).toEqual([]);
  });
});
