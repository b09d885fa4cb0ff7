import { useLocale, useTranslations } from 'next-intl';
import { bounceKindOf, pairedReplyCodes, type EnhancedCode } from '@/lib/enhanced-codes';
import { codePath } from '@/lib/urls';
import { otherClassCodes } from '@/lib/related-codes';
import { referenceLink } from '@/lib/references';
import CodeLink from '@/components/code/CodeLink';

export default function EnhancedFacts({ code }: { code: EnhancedCode }) {
  const t = useTranslations('EnhancedPage');
  const tRoot = useTranslations();
  const locale = useLocale();
  const { entry } = code;
  const replies = pairedReplyCodes(code);
  const others = otherClassCodes(code);
  return (
    <dl className="facts">
      <dt>{t('class')}</dt>
      <dd>{tRoot(`EnhancedClasses.${code.enhancedClass}.name`)}</dd>
      <dt>{t('subject')}</dt>
      <dd>
        X.{entry.subject}.x: {tRoot(`Subjects.${entry.subject}.name`)}
      </dd>
      <dt>{t('entry')}</dt>
      <dd>
        {entry.id}
        {/* The registry's own title, in English in every locale: marked so, for screen readers too. */}
        {entry.title ? (
          <>
            {' · '}
            <span lang="en">{entry.title}</span>
          </>
        ) : null}
      </dd>
      <dt>{t('reason')}</dt>
      <dd>{tRoot(`reasons.${entry.reason}.name`)}</dd>
      <dt>{t('bounce')}</dt>
      <dd>{tRoot(`BounceKinds.${bounceKindOf(code)}`)}</dd>
      <dt>{t('replyCodes')}</dt>
      <dd>
        {entry.basic.kind === 'any'
          ? t('replyCodesAny')
          : replies.length > 0
            ? replies.map((reply, i) => (
                <span key={reply.code}>
                  {i > 0 ? ', ' : null}
                  <CodeLink code={reply} />
                </span>
              ))
            : t('replyCodesNone')}
      </dd>
      <dt>{t('rfc')}</dt>
      <dd>
        {entry.refs.map((ref, i) => {
          const link = referenceLink(ref);
          return (
            <span key={link.href}>
              {i > 0 ? ', ' : null}
              <a href={link.href}>{'rfc' in ref ? link.label : t('draft', { draft: link.label })}</a>
            </span>
          );
        })}
      </dd>
      {others.length > 0 ? (
        <>
          <dt>{t('otherClasses')}</dt>
          <dd>
            {others.map((other, i) => (
              <span key={other.id}>
                {i > 0 ? ', ' : null}
                <a href={codePath(locale, other)}>{other.id}</a>
              </span>
            ))}
          </dd>
        </>
      ) : null}
    </dl>
  );
}
