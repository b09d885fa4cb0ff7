import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { isLocale, LOCALES } from '@/i18n/locales';
import type { ReplyCode } from '@/lib/reply-codes';
import styles from './SessionDiagram.module.css';
import {
  LABEL_SIZE,
  MAIN_STEPS,
  OTHER_COMMANDS,
  SideBox,
  StepBox,
  VIEW_BOX,
  highlightedSteps,
  nextKey,
  type SessionStep,
} from './SessionDiagramParts';

/** Where in an SMTP session a reply code can be sent, and what happens after it. */
export default function SessionDiagram({ code }: { code: ReplyCode }) {
  const t = useTranslations('SessionDiagram');
  const format = useFormatter();
  const locale = useLocale();
  const side = isLocale(locale) ? LOCALES[locale].dir : 'ltr';
  const highlighted = highlightedSteps(code);
  const isHighlighted = (step: SessionStep) => highlighted.includes(step);
  const spoken = (step: SessionStep) => t(`inSentence.${step}`, { commands: OTHER_COMMANDS.join(', ') });
  const noStage = code.stages.length === 0;
  const description = noStage
    ? t('noStage', { code: code.code })
    : code.stages.includes('any')
      ? t('everyStep', { code: code.code })
      : t('highlighted', { code: code.code, steps: format.list(highlighted.map(spoken)) });
  // Derived from the code, not useId, so the ids stay stable and still differ on a comparison page.
  const id = `session-diagram-${code.code}`;
  return (
    <div className={`${styles.diagram} class-${code.replyClass}`}>
      <svg
        className={styles.svg}
        viewBox={VIEW_BOX}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        fontSize={LABEL_SIZE}
      >
        <title id={`${id}-title`}>{t('title', { code: code.code })}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {MAIN_STEPS.map((step, index) => (
          <StepBox
            key={step}
            step={step}
            index={index}
            label={t(`steps.${step}`)}
            highlighted={isHighlighted(step)}
            code={code.code}
            side={side}
          />
        ))}
        <SideBox title={t('steps.other-commands')} highlighted={isHighlighted('other-commands')} code={code.code} side={side} />
      </svg>
      {noStage ? <p className={styles.note}>{description}</p> : null}
      <p className={styles.next}>{t(`next.${nextKey(code)}`)}</p>
    </div>
  );
}
