import { useLocale, useTranslations } from 'next-intl';
import { guideAnswerText } from '@/lib/code-texts';
import type { GuidePageId, GuideTarget } from '@/lib/guide';
import { decoderPath, guidePath } from '@/lib/urls';
import styles from './Guide.module.css';

type Props = { id: GuidePageId; answers: Readonly<Record<string, GuideTarget>> };

/** The possible answers as plain links, so the guide works without JavaScript. */
export default function GuideAnswers({ id, answers }: Props) {
  const t = useTranslations();
  const locale = useLocale();
  return (
    <ul className={styles.answers}>
      {Object.entries(answers).map(([answer, target]) => (
        <li key={answer}>
          <a className={styles.answer} href={target === 'decoder' ? decoderPath(locale) : guidePath(locale, target)}>
            {guideAnswerText(t, id, answer)}
          </a>
        </li>
      ))}
    </ul>
  );
}
