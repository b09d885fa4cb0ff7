/**
 * The one door to reply-code facts: pages, search, the API and tests read codes through here.
 */
import {
  EXTRA_REPLY_CODES,
  REPLY_CODES,
  STANDARD_REPLY_CODES,
  type ReplyCategory,
  type ReplyClass,
  type ReplyCodeFacts,
  type ReplyCodeNumber,
} from '@/data/reply-codes';

export type { Stage } from '@/data/reply-codes';
export { ACTORS, STAGES } from '@/data/reply-codes';

/** success: done · intermediate: send more · transient: the sender's server retries · permanent: do not retry unchanged */
export type Retry = 'success' | 'intermediate' | 'transient' | 'permanent';

export type ReplyCode = ReplyCodeFacts & {
  readonly code: ReplyCodeNumber;
  readonly replyClass: ReplyClass;
  /** null when the second digit is outside RFC 5321's 0–5 (only non-standard codes, such as 571). */
  readonly category: ReplyCategory | null;
  readonly retry: Retry;
};

const RETRY_BY_CLASS: Record<ReplyClass, Retry> = {
  2: 'success',
  3: 'intermediate',
  4: 'transient',
  5: 'permanent',
};

function build(code: ReplyCodeNumber): ReplyCode {
  const replyClass = Math.floor(code / 100) as ReplyClass;
  const secondDigit = Math.floor(code / 10) % 10;
  return {
    ...REPLY_CODES[code],
    code,
    replyClass,
    category: secondDigit <= 5 ? (secondDigit as ReplyCategory) : null,
    retry: RETRY_BY_CLASS[replyClass],
  };
}

const ALL: readonly ReplyCode[] = [...STANDARD_REPLY_CODES, ...EXTRA_REPLY_CODES]
  .sort((a, b) => a - b)
  .map(build);
const BY_NUMBER = new Map<number, ReplyCode>(ALL.map((c) => [c.code, c]));

export const REPLY_CLASSES: readonly ReplyClass[] = [2, 3, 4, 5];

export function allReplyCodes(): readonly ReplyCode[] {
  return ALL;
}

export function standardReplyCodes(): readonly ReplyCode[] {
  return ALL.filter(isStandard);
}

export function getReplyCode(code: number): ReplyCode | undefined {
  return BY_NUMBER.get(code);
}

export function isStandard(code: ReplyCode): boolean {
  return code.standing.kind === 'rfc';
}

export function rfcUrl(rfc: number, section?: string): string {
  return `https://www.rfc-editor.org/rfc/rfc${rfc}${section ? `#section-${section}` : ''}`;
}
