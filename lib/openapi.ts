/**
 * The OpenAPI 3.1 description of the JSON API (served at /api/v1/openapi.json), built from the constants
 * the routes use: the body limit, the locales, the reasons, providers and enums of the decoder's report.
 * Example answers are recorded from the route handlers (lib/openapi-examples.json);
 * __tests__/openapi.test.ts replays each example's request against its handler and compares.
 */
import { REASONS } from '@/data/reasons';
import { defaultLocale, locales } from '@/i18n/locales';
import { MAX_INPUT_BYTES } from './decoder';
import type { InputKind } from './decoder';
import { ACTIONS, COMMANDS, type RetryAdvice } from './decoder/types';
import recorded from './openapi-examples.json';
import { PROVIDERS } from './providers';
import { ACTORS, STAGES, type Retry } from './reply-codes';
import { RATE_LIMITED } from './api';
import { absoluteUrl, SITE_URL, smtpPath } from './urls';

type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };
type Schema = { readonly [key: string]: Json };

// Records, so TypeScript refuses a list that misses or invents a member of the union.
const keysOf = <K extends string>(record: Record<K, true>) => Object.keys(record) as K[];
const INPUT_KINDS = keysOf<InputKind>({ dsn: true, feedback: true, mime: true, 'bounce-text': true, 'log-line': true, transcript: true, 'reply-line': true, unknown: true });
const RETRY_ADVICE = keysOf<RetryAdvice>({ 'not-needed': true, automatic: true, 'after-fix': true, never: true, unknown: true });
const RETRIES = keysOf<Retry>({ success: true, intermediate: true, transient: true, permanent: true });

/** A request whose answer is an example in the document: the test sends it to the route's handler. */
export type ExampleRequest = {
  readonly method: 'GET' | 'POST';
  /** Path and query, as a client sends them. */
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** The body, or its size in bytes (filled with "x") when it is too large to write out. */
  readonly body?: string | { readonly bytes: number };
  /** The route's dynamic segment, as Next passes it to the handler. */
  readonly params?: Readonly<Record<string, string>>;
};

/** `operation path` → `status` → example name → [summary, request]. */
type Examples = Record<string, Record<number, Record<string, readonly [summary: string, request: ExampleRequest]>>>;

const page550 = () => absoluteUrl(smtpPath(defaultLocale, '550'));
const bounceLine = '550 5.1.1 <jane@example.com>: Recipient address rejected: User unknown in virtual mailbox table';
const decode = (query: string, headers: Record<string, string>, body: ExampleRequest['body']): ExampleRequest => ({
  method: 'POST',
  url: `/api/v1/decode${query}`,
  headers,
  body,
});
const codes = (code: string, query = `?locale=${defaultLocale}`): ExampleRequest => ({ method: 'GET', url: `/api/v1/codes/${code}${query}`, params: { code } });
const oembed = (query: Record<string, string>): ExampleRequest => ({ method: 'GET', url: `/api/oembed?${new URLSearchParams(query)}` });
const plain = { 'content-type': 'text/plain' };

/** Every example answer in the document, by the request that produces it. */
export const EXAMPLE_REQUESTS = (): Examples => ({
  'POST /api/v1/decode': {
    200: { reply: ['A reply line from a Postfix bounce', decode('?locale=en', plain, bounceLine)] },
    400: {
      empty: ['Empty body', decode('?locale=en', plain, '\n')],
      binary: ['Not text', decode('?locale=en', plain, '\u0000\u0001\u0002\u0003 PNG\u0000\u0000')],
      locale: ['Unknown locale', decode('?locale=xx', plain, bounceLine)],
    },
    413: { large: ['Over 1 MB', decode('?locale=en', plain, { bytes: MAX_INPUT_BYTES + 1 })] },
    415: { json: ['Another content type', decode('?locale=en', { 'content-type': 'application/json' }, '{}')] },
  },
  'GET /api/v1/codes/{code}': {
    200: {
      reply: ['A reply code', codes('550')],
      enhanced: ['An enhanced status code', codes('5.1.1')],
      provider: ['A code only a provider defines', codes('5.7.509')],
    },
    400: { locale: ['Unknown locale', codes('550', '?locale=xx')] },
    404: { unknown: ['No such code', codes('999')] },
  },
  'GET /api/oembed': {
    200: { card: ['A code page', oembed({ url: page550(), format: 'json', maxwidth: '400' })] },
    400: { missing: ['No url', oembed({})] },
    404: { foreign: ['Not a code page of this site', oembed({ url: 'https://example.com/550' })] },
    501: { xml: ['Another format', oembed({ url: page550(), format: 'xml' })] },
  },
});

export const exampleKey = (operation: string, status: number, name: string) => `${operation} ${status} ${name}`;

// Recorded with the server's origin replaced by this placeholder, so the document shows the real one.
export const ORIGIN_PLACEHOLDER = 'https://smtp-codes.invalid';
const recordedAnswers: Readonly<Record<string, Json>> = recorded;
// An example not recorded yet is left out (the test fails on it until it is recorded).
const answerOf = (key: string): Json | undefined => {
  const answer = recordedAnswers[key];
  return answer === undefined ? undefined : (JSON.parse(JSON.stringify(answer).replaceAll(ORIGIN_PLACEHOLDER, SITE_URL)) as Json);
};

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const nullable = (schema: Schema): Schema => ({ anyOf: [schema, { type: 'null' }] });
const object = (properties: Record<string, Json>, description?: string): Schema => ({
  type: 'object',
  ...(description && { description }),
  required: Object.keys(properties),
  properties,
  additionalProperties: false,
});
const str = { type: 'string' } as const;
const uri = { type: 'string', format: 'uri' } as const;
const enumOf = (values: readonly (string | number)[], description?: string): Schema => ({
  ...(typeof values[0] === 'number' ? { type: 'integer' } : { type: 'string' }),
  enum: [...values],
  ...(description && { description }),
});

const TEXT_FIELDS = ['name', 'summary', 'description', 'whenYouSee', 'fixSender', 'fixAdmin', 'customer'];

const SCHEMAS: Record<string, Schema> = {
  Error: object({ error: { type: 'string', description: 'What was wrong, in English.' } }),
  Locale: enumOf(locales, 'A language of this site.'),
  Reason: enumOf(REASONS, 'Why the message bounced, as one category.'),
  Provider: enumOf(Object.keys(PROVIDERS), 'The mail provider or MTA whose own wording was recognized.'),
  DecodeReport: object({
    kind: enumOf(INPUT_KINDS, 'What the body was recognized as.'),
    reporter: { ...nullable(str), description: 'The MTA that wrote the report, when known.' },
    recipients: { type: 'array', items: ref('DecodedRecipient') },
  }),
  DecodedRecipient: object({
    address: nullable(str),
    action: nullable(enumOf(ACTIONS, 'RFC 3464 action.')),
    replyCode: nullable({ type: 'integer', minimum: 200, maximum: 599 }),
    enhancedCode: nullable({ type: 'string', pattern: '^[245]\\.\\d{1,3}\\.\\d{1,3}$' }),
    remoteMta: nullable(str),
    diagnostic: nullable(str),
    command: nullable(enumOf(COMMANDS, 'The SMTP command the server answered.')),
    provider: nullable(ref('Provider')),
    providerEntry: { ...nullable(str), description: 'Id of the matched provider message (the `messages[].id` of the codes API).' },
    reason: ref('Reason'),
    hardBounce: { ...nullable({ type: 'boolean' }), description: 'null when nothing failed.' },
    retry: enumOf(RETRY_ADVICE, 'not-needed · automatic (the sending server retries) · after-fix · never · unknown'),
    explanation: object({ title: str, summary: str }, 'In the requested locale.'),
    links: object({ replyCode: nullable(uri), enhancedCode: nullable(uri), provider: nullable(uri), share: uri }, 'Pages of this site that explain it.'),
  }),
  CodeTexts: object(Object.fromEntries(TEXT_FIELDS.map((f) => [f, str])), 'Plain text in the requested locale.'),
  Rfc: { type: 'object', required: ['rfc'], properties: { rfc: { type: 'integer' }, section: str }, additionalProperties: false },
  ReplyCodeAnswer: object({
    code: { type: 'string', pattern: '^[2-5]\\d\\d$' },
    type: { const: 'reply' },
    locale: ref('Locale'),
    texts: ref('CodeTexts'),
    facts: object({
      class: enumOf([2, 3, 4, 5]),
      retry: enumOf(RETRIES),
      stages: { type: 'array', items: enumOf(STAGES) },
      actor: enumOf(ACTORS, 'Who has to act.'),
      standard: { type: 'boolean', description: 'Defined by an RFC.' },
      standardText: nullable(str),
      rfcs: { type: 'array', items: ref('Rfc') },
      enhancedCodes: { type: 'array', items: str },
      related: { type: 'array', items: { type: 'integer' } },
    }),
    url: uri,
  }),
  EnhancedCodeAnswer: object({
    code: { type: 'string', pattern: '^[245]\\.\\d{1,3}\\.\\d{1,3}$' },
    type: { const: 'enhanced' },
    locale: ref('Locale'),
    texts: ref('CodeTexts'),
    facts: object({
      class: enumOf([2, 4, 5]),
      registryEntry: { type: 'string', pattern: '^X\\.\\d{1,3}\\.\\d{1,3}$' },
      registryTitle: { type: 'string', description: 'The IANA registry’s title, in English.' },
      reason: ref('Reason'),
      replyCodes: { type: 'array', items: { type: 'integer' } },
      references: {
        type: 'array',
        items: { oneOf: [object({ rfc: { type: 'integer' } }), object({ draft: str })] },
      },
    }),
    url: uri,
  }),
  ProviderCodeAnswer: object({
    code: { type: 'string', description: 'A code, or a range such as 5.7.606-649.' },
    type: { const: 'provider' },
    locale: ref('Locale'),
    provider: { type: 'string', description: 'The provider’s name.' },
    messages: {
      type: 'array',
      items: object({
        id: str,
        match: { type: 'array', items: str, description: 'Phrases that identify the message in a bounce.' },
        reason: {
          oneOf: [ref('Reason'), object({ transient: ref('Reason'), permanent: ref('Reason') })],
          description: 'The reason, or one reason for temporary codes and another for permanent ones.',
        },
        meaning: str,
        action: str,
        source: uri,
        verified: {
          oneOf: [
            { const: 'unchecked' },
            object({ on: { type: 'string', format: 'date' }, copy: { type: 'string', description: 'The copy of the source that was read.' } }),
          ],
        },
      }),
    },
    url: uri,
  }),
  OEmbed: object({
    version: { const: '1.0' },
    type: { const: 'rich' },
    title: str,
    provider_name: str,
    provider_url: uri,
    html: { type: 'string', description: 'An <iframe> of the code’s card.' },
    width: { type: 'integer' },
    height: { type: 'integer' },
  }),
};

const json = (schema: Json, examples?: Record<string, Json>) => ({
  'application/json': { schema, ...(examples && { examples }) },
});
const header = (description: string, schema: Schema = str) => ({ description, schema });
const NO_STORE = { 'Cache-Control': header('no-store') };
const PUBLIC = {
  'Cache-Control': header('public, max-age=3600, s-maxage=86400'),
  'Access-Control-Allow-Origin': header('*: any origin may read the answer from a browser.'),
};

const localeQuery = {
  name: 'locale',
  in: 'query',
  required: false,
  description: 'The language of the texts.',
  schema: { ...ref('Locale'), default: defaultLocale },
};
const localePath = { name: 'locale', in: 'path', required: true, schema: ref('Locale') };

type Operation = { summary: string; description?: string; tags: string[]; parameters?: Json[]; requestBody?: Json; responses: Record<string, Record<string, Json>> };

/** Fills each response's examples with the recorded answers of EXAMPLE_REQUESTS. */
function withExamples(operation: string, op: Operation): Operation {
  const requests = EXAMPLE_REQUESTS()[operation] ?? {};
  const responses = Object.fromEntries(
    Object.entries(op.responses).map(([status, response]) => {
      const named = requests[Number(status)];
      if (!named || !response.content) return [status, response];
      const examples = Object.fromEntries(
        Object.entries(named).flatMap(([name, [summary]]) => {
          const value = answerOf(exampleKey(operation, Number(status), name));
          return value === undefined ? [] : [[name, { summary, value }]];
        }),
      );
      const content = response.content as Record<string, Record<string, Json>>;
      return [status, { ...response, content: Object.fromEntries(Object.entries(content).map(([type, c]) => [type, { ...c, examples }])) }];
    }),
  );
  return { ...op, responses };
}

const error = (description: string, headers: Record<string, Json> = NO_STORE) => ({ description, headers, content: json(ref('Error')) });

const PATHS: Record<string, Record<string, Operation>> = {
  '/api/v1/decode': {
    post: {
      summary: 'Decode a bounce',
      description:
        `The raw bounce (an email with or without a message/delivery-status part, a bounce body, mail-log lines, an SMTP transcript, a reply line, or an ESP's JSON notification) → one explanation per recipient. ` +
        `The body is decoded in memory and dropped: nothing is logged or stored. No CORS headers: browsers on other origins cannot read the answer; call it from your server. ` +
        `The app does not limit requests itself; the reference deployment (deploy/nginx.conf.template) allows each client ${RATE_LIMITED.perMinute} a minute on average, bursts of ${RATE_LIMITED.burst}, and answers 429 beyond.`,
      tags: ['decoder'],
      parameters: [localeQuery],
      requestBody: {
        required: true,
        description: `At most ${MAX_INPUT_BYTES} bytes (1 MB).`,
        content: {
          'text/plain': { schema: { type: 'string' }, example: bounceLine },
          'message/rfc822': { schema: { type: 'string' } },
        },
      },
      responses: {
        200: { description: 'The decoded report, explanations in the requested locale.', headers: NO_STORE, content: json(ref('DecodeReport')) },
        400: error('Unknown locale, an empty body, or a body that is not text.'),
        413: error(`The body is larger than ${MAX_INPUT_BYTES} bytes.`),
        415: error('A content type other than text/plain or message/rfc822.'),
        429: {
          description: `Sent by the deployment, not the app, when one client posts too often: wait Retry-After seconds. Body: ${JSON.stringify(RATE_LIMITED.body)}`,
          headers: { 'Retry-After': header('Seconds to wait.', { type: 'integer', const: RATE_LIMITED.retryAfterSeconds }), ...NO_STORE },
          content: json(ref('Error'), { limited: { value: RATE_LIMITED.body } }),
        },
      },
    },
  },
  '/api/v1/codes/{code}': {
    get: {
      summary: 'Texts and facts of one code',
      description: 'A reply code (550), an enhanced status code (5.1.1) or a code only a provider defines (5.7.509). Public: any origin may read it, and caches may keep it for a day.',
      tags: ['codes'],
      parameters: [{ name: 'code', in: 'path', required: true, schema: str, example: '550' }, localeQuery],
      responses: {
        200: {
          description: 'The code, by its type.',
          headers: PUBLIC,
          content: json({ oneOf: [ref('ReplyCodeAnswer'), ref('EnhancedCodeAnswer'), ref('ProviderCodeAnswer')], discriminator: { propertyName: 'type' } }),
        },
        400: error('Unknown locale.', PUBLIC),
        404: error('No such code.', PUBLIC),
      },
    },
  },
  '/api/oembed': {
    get: {
      summary: 'oEmbed 1.0 for code pages',
      description: 'A code page or embed page URL of this site → an <iframe> of the code’s card (https://oembed.com). Public: any origin may read it.',
      tags: ['codes'],
      parameters: [
        { name: 'url', in: 'query', required: true, schema: uri },
        { name: 'format', in: 'query', required: false, schema: { const: 'json', default: 'json' } },
        { name: 'maxwidth', in: 'query', required: false, schema: { type: 'integer', minimum: 1 } },
        { name: 'maxheight', in: 'query', required: false, schema: { type: 'integer', minimum: 1 } },
      ],
      responses: {
        200: { description: 'The card as a rich oEmbed answer.', headers: PUBLIC, content: json(ref('OEmbed')) },
        400: error('No url parameter.', PUBLIC),
        404: error('Not a code page of this site.', PUBLIC),
        501: error('A format other than json.', PUBLIC),
      },
    },
  },
  '/api/v1/search-index/{locale}': {
    get: {
      summary: 'The browser search index',
      description: 'The site’s search box loads it: a serialised MiniSearch index and the words queries are read with (synonym groups, stop words). Opaque: its layout follows MiniSearch and this site’s fields, and changes without notice.',
      tags: ['internal'],
      parameters: [localePath],
      responses: {
        200: { description: 'MiniSearch JSON with the query words.', content: json({ type: 'object' }) },
        404: error('Unknown locale.', {}),
      },
    },
  },
  '/api/v1/texts/{locale}': {
    get: {
      summary: 'The decoder’s words',
      description: 'Internal and unstable: the texts the decoder page shows in the browser. Use /api/v1/decode or /api/v1/codes instead.',
      tags: ['internal'],
      parameters: [localePath],
      responses: {
        200: { description: 'Message texts.', content: json({ type: 'object' }) },
        404: error('Unknown locale.', {}),
      },
    },
  },
  '/api/locale': {
    get: {
      summary: 'Remember a language',
      description: 'Internal: the language switcher’s links. Sets the locale cookie and redirects to the page in that language.',
      tags: ['internal'],
      parameters: [
        { name: 'to', in: 'query', required: true, schema: ref('Locale') },
        { name: 'next', in: 'query', required: false, schema: str, description: 'A path of this site in that language.' },
      ],
      responses: {
        303: { description: 'To the page.', headers: { Location: header('The page.'), 'Set-Cookie': header('The locale cookie.'), ...NO_STORE } },
        400: error('Unknown language.'),
      },
    },
  },
  '/api/v1/openapi.json': {
    get: {
      summary: 'This document',
      tags: ['codes'],
      responses: { 200: { description: 'OpenAPI 3.1.', headers: PUBLIC, content: json({ type: 'object' }) } },
    },
  },
};

/** The whole document, with this server's origin. */
export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'SMTP Codes API',
      version: '1',
      summary: 'SMTP reply codes, enhanced status codes and bounces, explained, for support tools.',
      description: 'Nothing posted is stored or logged. Texts come in every language of the site.',
    },
    servers: [{ url: SITE_URL }],
    tags: [
      { name: 'decoder', description: 'Bounces to explanations.' },
      { name: 'codes', description: 'Read-only, public, readable from any origin.' },
      { name: 'internal', description: 'Used by this site’s own pages: unstable.' },
    ],
    paths: Object.fromEntries(
      Object.entries(PATHS).map(([path, methods]) => [
        path,
        Object.fromEntries(Object.entries(methods).map(([method, op]) => [method, withExamples(`${method.toUpperCase()} ${path}`, op)])),
      ]),
    ),
    components: { schemas: SCHEMAS },
  };
}
