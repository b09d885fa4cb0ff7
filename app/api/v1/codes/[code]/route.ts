import { createTranslator } from 'next-intl';
import { NextResponse, type NextRequest } from 'next/server';
import { defaultLocale, isLocale } from '@/i18n/locales';
import { pairedReplyCodes } from '@/lib/enhanced-codes';
import { loadMessages } from '@/lib/messages';
import { codePath, smtpPath, SITE_URL } from '@/lib/urls';
import { providerName } from '@/lib/providers';
import { plainText } from '@/lib/rich';
import { parseSlug } from '@/lib/slug';

const TEXTS = ['name', 'summary', 'description', 'whenYouSee', 'fixSender', 'fixAdmin', 'customer'] as const;

/** The localized texts and the facts of one reply, enhanced or provider code, for support tools. */
export async function GET(request: NextRequest, { params }: RouteContext<'/api/v1/codes/[code]'>) {
  const { code } = await params;
  const locale = request.nextUrl.searchParams.get('locale') ?? defaultLocale;
  if (!isLocale(locale)) return NextResponse.json({ error: `Unknown locale "${locale}".` }, { status: 400 });
  const parsed = parseSlug(code);
  const messages = await loadMessages(locale);
  // Keys are built from data at run time, so the translator is used untyped here.
  const t = createTranslator({ locale, messages }) as unknown as (key: string) => string;
  const plain = (key: string) => plainText(t(key));
  const url = (path: string) => new URL(path, SITE_URL).toString();

  if (parsed?.kind === 'code') {
    const reply = parsed.code;
    const { standing } = reply;
    return NextResponse.json({
      code: String(reply.code),
      type: 'reply',
      locale,
      texts: Object.fromEntries(TEXTS.map((k) => [k, plain(`codes.${reply.code}.${k}`)])),
      facts: {
        class: reply.replyClass,
        retry: reply.retry,
        stages: reply.stages,
        actor: reply.actor,
        standard: standing.kind === 'rfc',
        standardText: standing.kind === 'rfc' ? standing.text : null,
        rfcs: standing.kind === 'rfc' ? standing.rfcs : [],
        enhancedCodes: reply.enhanced,
        related: reply.related,
      },
      url: url(codePath(locale, reply)),
    });
  }
  if (parsed?.kind === 'enhanced') {
    const enhanced = parsed.code;
    const base = `enhanced.${enhanced.entry.subject}.${enhanced.entry.detail}`;
    return NextResponse.json({
      code: enhanced.id,
      type: 'enhanced',
      locale,
      texts: Object.fromEntries(TEXTS.map((k) => [k, plain(`${base}.${k}`)])),
      facts: {
        class: enhanced.enhancedClass,
        registryEntry: enhanced.entry.id,
        registryTitle: enhanced.entry.title,
        reason: enhanced.entry.reason,
        replyCodes: pairedReplyCodes(enhanced).map((r) => r.code),
        references: enhanced.entry.refs,
      },
      url: url(smtpPath(locale, enhanced.id)),
    });
  }
  if (parsed?.kind === 'provider-code') {
    const { code: providerCode } = parsed;
    return NextResponse.json({
      code: providerCode.slug,
      type: 'provider',
      locale,
      provider: providerName(providerCode.provider),
      messages: providerCode.messages.map((m) => ({
        id: m.id,
        match: m.match,
        reason: m.reason,
        meaning: plain(`providerMessages.${m.id}.meaning`),
        action: plain(`providerMessages.${m.id}.action`),
        source: m.source,
        lastVerified: m.lastVerified,
      })),
      url: url(smtpPath(locale, providerCode.slug)),
    });
  }
  return NextResponse.json({ error: `No SMTP code "${code}".` }, { status: 404 });
}
