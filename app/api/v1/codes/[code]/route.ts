import { NextResponse, type NextRequest } from 'next/server';
import { defaultLocale, isLocale } from '@/i18n/locales';
import { codeTexts, providerMessageTexts, type CodeField } from '@/lib/code-texts';
import { pairedReplyCodes } from '@/lib/enhanced-codes';
import { translatorFor } from '@/lib/messages';
import { providerName } from '@/lib/providers';
import { plainText } from '@/lib/rich';
import { parseSlug } from '@/lib/slug';
import { absoluteUrl, codePath } from '@/lib/urls';

const TEXTS = ['name', 'summary', 'description', 'whenYouSee', 'fixSender', 'fixAdmin', 'customer'] as const satisfies readonly CodeField[];

/** The localized texts and the facts of one reply, enhanced or provider code, for support tools. */
export async function GET(request: NextRequest, { params }: RouteContext<'/api/v1/codes/[code]'>) {
  const { code } = await params;
  const locale = request.nextUrl.searchParams.get('locale') ?? defaultLocale;
  if (!isLocale(locale)) return NextResponse.json({ error: `Unknown locale "${locale}".` }, { status: 400 });
  const parsed = parseSlug(code);
  const t = await translatorFor(locale);
  const texts = (of: ReturnType<typeof codeTexts>) => Object.fromEntries(TEXTS.map((k) => [k, plainText(of.text(k))]));

  if (parsed?.kind === 'code') {
    const reply = parsed.code;
    const { standing } = reply;
    return NextResponse.json({
      code: String(reply.code),
      type: 'reply',
      locale,
      texts: texts(codeTexts(t, reply)),
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
      url: absoluteUrl(codePath(locale, reply)),
    });
  }
  if (parsed?.kind === 'enhanced') {
    const enhanced = parsed.code;
    return NextResponse.json({
      code: enhanced.id,
      type: 'enhanced',
      locale,
      texts: texts(codeTexts(t, enhanced)),
      facts: {
        class: enhanced.enhancedClass,
        registryEntry: enhanced.entry.id,
        registryTitle: enhanced.entry.title,
        reason: enhanced.entry.reason,
        replyCodes: pairedReplyCodes(enhanced).map((r) => r.code),
        references: enhanced.entry.refs,
      },
      url: absoluteUrl(codePath(locale, enhanced)),
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
        meaning: plainText(providerMessageTexts(t, m.id).text('meaning')),
        action: plainText(providerMessageTexts(t, m.id).text('action')),
        source: m.source,
        verified: m.verified,
      })),
      url: absoluteUrl(codePath(locale, providerCode)),
    });
  }
  return NextResponse.json({ error: `No SMTP code "${code}".` }, { status: 404 });
}
