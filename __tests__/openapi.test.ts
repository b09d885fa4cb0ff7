/** @jest-environment node */
// The OpenAPI document against the app: every route described, every example answer what its handler
// answers today, every answer valid against its schema, and the 429 the same as the nginx recipe's.
// After a deliberate change of an answer: OPENAPI_EXAMPLES=record npx jest __tests__/openapi.test.ts
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { NextRequest } from 'next/server';
import { RATE_LIMITED } from '@/lib/api';
import { EXAMPLE_REQUESTS, exampleKey, openApiDocument, ORIGIN_PLACEHOLDER, type ExampleRequest } from '@/lib/openapi';
import { absoluteUrl, SITE_URL } from '@/lib/urls';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Handler = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response> | Response;

const doc = openApiDocument();
const ROOT = path.join(__dirname, '..');

/** Every route under app/api as an OpenAPI path: app/api/v1/codes/[code]/route.ts → /api/v1/codes/{code}. */
function routePaths(dir = path.join(ROOT, 'app/api')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routePaths(full);
    if (!/^route\.tsx?$/.test(entry.name)) return [];
    return ['/' + path.relative(path.join(ROOT, 'app'), dir).split(path.sep).join('/').replace(/\[(\w+)\]/g, '{$1}')];
  });
}
const routeModule = (apiPath: string): Promise<Record<string, unknown>> =>
  import(`@/app${apiPath.replace(/\{(\w+)\}/g, '[$1]')}/route`);

/** The JSON Schema keywords the document uses, enough to check an answer against its schema. */
function problems(value: Json, schema: Json, at = '$'): string[] {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return [];
  const s = schema as Record<string, Json>;
  if (typeof s.$ref === 'string') return problems(value, resolve(s.$ref), at);
  if (Array.isArray(s.anyOf) && !s.anyOf.some((sub) => problems(value, sub, at).length === 0)) return [`${at}: matches none of anyOf`];
  if (Array.isArray(s.oneOf) && s.oneOf.filter((sub) => problems(value, sub, at).length === 0).length !== 1) return [`${at}: matches not exactly one of oneOf`];
  const out: string[] = [];
  const type = value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;
  if (typeof s.type === 'string' && s.type !== type && !(s.type === 'number' && type === 'integer')) return [`${at}: ${type}, not ${s.type}`];
  if ('const' in s && s.const !== value) out.push(`${at}: not ${JSON.stringify(s.const)}`);
  if (Array.isArray(s.enum) && !s.enum.includes(value as never)) out.push(`${at}: ${JSON.stringify(value)} not in enum`);
  if (typeof s.pattern === 'string' && typeof value === 'string' && !new RegExp(s.pattern, 'u').test(value)) out.push(`${at}: does not match ${s.pattern}`);
  if (s.format === 'uri' && typeof value === 'string' && !URL.canParse(value)) out.push(`${at}: not a URI`);
  if (Array.isArray(value) && s.items) value.forEach((item, i) => out.push(...problems(item, s.items!, `${at}[${i}]`)));
  if (type === 'object') {
    const object = value as Record<string, Json>;
    const properties = (s.properties ?? {}) as Record<string, Json>;
    for (const key of (s.required ?? []) as string[]) if (!(key in object)) out.push(`${at}.${key}: missing`);
    for (const [key, item] of Object.entries(object)) {
      if (key in properties) out.push(...problems(item, properties[key]!, `${at}.${key}`));
      else if (s.additionalProperties === false) out.push(`${at}.${key}: not in the schema`);
    }
  }
  return out;
}
function resolve(ref: string): Json {
  const found = ref.replace(/^#\//, '').split('/').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc);
  if (found === undefined) throw new Error(`${ref} does not resolve`);
  return found as Json;
}
const refsIn = (node: unknown): string[] =>
  typeof node !== 'object' || node === null
    ? []
    : Object.entries(node).flatMap(([key, value]) => (key === '$ref' && typeof value === 'string' ? [value] : refsIn(value)));

async function send(apiPath: string, request: ExampleRequest): Promise<Response> {
  const handler = (await routeModule(apiPath))[request.method] as Handler;
  const body = typeof request.body === 'object' ? 'x'.repeat(request.body.bytes) : request.body;
  const init = { method: request.method, headers: request.headers, body };
  return handler(new NextRequest(absoluteUrl(request.url), init), { params: Promise.resolve(request.params ?? {}) });
}

type Operation = { responses: Record<string, { content?: Record<string, { schema: Json; examples?: Record<string, { value: Json }> }> }> };
const operations = Object.entries(doc.paths).flatMap(([p, methods]) =>
  Object.entries(methods as Record<string, Operation>).map(([method, op]) => ({ path: p, method: method.toUpperCase(), op })),
);
const exampleCases = Object.entries(EXAMPLE_REQUESTS()).flatMap(([operation, byStatus]) =>
  Object.entries(byStatus).flatMap(([status, named]) =>
    Object.entries(named).map(([name, [, request]]) => ({ operation, status: Number(status), name, request })),
  ),
);

describe('the OpenAPI document', () => {
  test('has what OpenAPI 3.1 requires', () => {
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    expect(doc.info).toEqual(expect.objectContaining({ title: expect.any(String), version: expect.any(String) }));
    expect(doc.servers).toEqual([{ url: SITE_URL }]);
    for (const { path: p, method, op } of operations) {
      expect([p, method, Object.keys(op.responses).length > 0]).toEqual([p, method, true]);
      for (const status of Object.keys(op.responses)) expect([p, status]).toEqual([p, expect.stringMatching(/^[1-5]\d\d$/)]);
    }
    for (const ref of refsIn(doc)) expect(() => resolve(ref)).not.toThrow();
  });

  test('describes every route under app/api, and no other', () => {
    expect(Object.keys(doc.paths).sort()).toEqual(routePaths().sort());
  });

  test.each(operations.map((o) => [`${o.method} ${o.path}`, o] as const))('%s: the route exports the method and declares its path parameters', async (_, { path: p, method, op }) => {
    expect(typeof (await routeModule(p))[method]).toBe('function');
    const declared = ((op as { parameters?: { in: string; name: string }[] }).parameters ?? []).filter((x) => x.in === 'path').map((x) => x.name);
    expect(declared.sort()).toEqual([...p.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort());
  });

  if (process.env.OPENAPI_EXAMPLES === 'record') {
    test('records the example answers', async () => {
      const answers: Record<string, Json> = {};
      for (const { operation, status, name, request } of exampleCases) {
        const response = await send(operation.split(' ')[1]!, request);
        expect([exampleKey(operation, status, name), response.status]).toEqual([exampleKey(operation, status, name), status]);
        answers[exampleKey(operation, status, name)] = JSON.parse(JSON.stringify(await response.json()).replaceAll(SITE_URL, ORIGIN_PLACEHOLDER));
      }
      writeFileSync(path.join(ROOT, 'lib/openapi-examples.json'), JSON.stringify(answers, null, 2) + '\n');
    });
  }

  test.each(exampleCases.map((c) => [exampleKey(c.operation, c.status, c.name), c] as const))(
    '%s: the handler answers the example, valid against its schema',
    async (_, { operation, status, name, request }) => {
      const [method, p] = operation.split(' ') as [string, string];
      const response = (doc.paths as Record<string, Record<string, Operation>>)[p]![method.toLowerCase()]!.responses[status]!;
      const { schema, examples } = response.content!['application/json']!;
      const answer = await send(p, request);
      expect(answer.status).toBe(status);
      const body = (await answer.json()) as Json;
      expect(body).toEqual(examples![name]!.value);
      expect(problems(body, schema)).toEqual([]);
    },
  );

  test('the schema check catches a wrong answer', () => {
    const report = resolve('#/components/schemas/DecodeReport');
    expect(problems({ kind: 'dsn', reporter: null, recipients: [] }, report)).toEqual([]);
    expect(problems({ kind: 'letter', reporter: 3, recipients: [{}], extra: 1 }, report)).toEqual([
      '$.kind: "letter" not in enum',
      '$.reporter: matches none of anyOf',
      ...['address', 'action', 'replyCode', 'enhancedCode', 'remoteMta', 'diagnostic', 'command', 'provider', 'providerEntry', 'reason', 'hardBounce', 'retry', 'explanation', 'links'].map(
        (key) => `$.recipients[0].${key}: missing`,
      ),
      '$.extra: not in the schema',
    ]);
  });

  test('the 429 is what the nginx recipe answers', () => {
    const template = readFileSync(path.join(ROOT, 'deploy/nginx.conf.template'), 'utf8');
    expect(template).toContain(`zone=decode:10m rate=${RATE_LIMITED.perMinute}r/m;`);
    expect(template).toContain(`limit_req zone=decode burst=${RATE_LIMITED.burst} nodelay;`);
    const limited = template.slice(template.indexOf('location @too_many_requests'));
    expect(JSON.parse(/return 429 '(.*)\\n';/.exec(limited)![1]!)).toEqual(RATE_LIMITED.body);
    expect(Number(/add_header Retry-After (\d+)/.exec(limited)![1])).toBe(RATE_LIMITED.retryAfterSeconds);
    const decode = (doc.paths as Record<string, Record<string, Operation>>)['/api/v1/decode']!.post!;
    const documented = decode.responses[429]!.content!['application/json']!;
    expect(Object.values(documented.examples!).map((e) => e.value)).toEqual([RATE_LIMITED.body]);
  });
});
