/**
 * The decision guide "Why did my email bounce?": a few questions that lead a reader who is not a mail
 * administrator to the code pages, or to the bounce decoder, that explain their bounce. Only structure
 * lives here; each step's words are under `Guide.steps.<id>` in the message files.
 */
import type { ReplyCodeNumber } from './reply-codes';

/** The steps under /{locale}/guide/, in reading order. The proxy answers any other step with a 404. */
export const GUIDE_STEPS = [
  'has-code',
  'code-text',
  'temporary',
  'address',
  'mailbox-full',
  'blocked',
  'authentication',
  'too-big',
  'no-code',
  'no-bounce',
] as const;

export type GuideStepId = (typeof GUIDE_STEPS)[number];
/** The start page, /{locale}/guide, asks the first question. */
export type GuidePageId = 'start' | GuideStepId;

/** A reply code (550), or an enhanced or provider code ("5.1.1", "5.7.509"). */
export type GuideCode = ReplyCodeNumber | `${2 | 4 | 5}.${number}.${number}`;

/** Where an answer leads: another step, or the decoder when only the bounce itself can tell. */
export type GuideTarget = GuideStepId | 'decoder';

export type GuideStepFacts =
  | { readonly kind: 'question'; readonly answers: Readonly<Record<string, GuideTarget>> }
  | { readonly kind: 'result'; readonly codes: readonly GuideCode[]; readonly decoder: boolean };

const question = (answers: Readonly<Record<string, GuideTarget>>): GuideStepFacts => ({ kind: 'question', answers });
const result = (codes: readonly GuideCode[], decoder = false): GuideStepFacts => ({ kind: 'result', codes, decoder });

export const GUIDE: Readonly<Record<GuidePageId, GuideStepFacts>> = {
  start: question({ bounce: 'has-code', delayed: 'temporary', silence: 'no-bounce' }),
  'has-code': question({ starts4: 'temporary', starts5: 'code-text', none: 'no-code' }),
  'code-text': question({
    address: 'address',
    full: 'mailbox-full',
    blocked: 'blocked',
    authentication: 'authentication',
    size: 'too-big',
    other: 'decoder',
  }),
  temporary: result([421, 450, 451, 452, '4.4.7']),
  address: result([550, '5.1.1', '5.1.10']),
  'mailbox-full': result([552, '5.2.2', '4.2.2']),
  blocked: result([554, '5.7.1'], true),
  authentication: result(['5.7.26', '5.7.23', '5.7.509']),
  'too-big': result([552, '5.3.4']),
  'no-code': result([], true),
  'no-bounce': result([451, '4.4.7']),
};

export function isGuideStep(value: string): value is GuideStepId {
  return (GUIDE_STEPS as readonly string[]).includes(value);
}
