import { useLocale, useTranslations } from 'next-intl';
import { comparePickerPath } from '@/lib/urls';
import { codeTexts } from '@/lib/code-texts';
import { allReplyCodes } from '@/lib/reply-codes';
import styles from './Compare.module.css';

/** A plain GET form: the compare route redirects to the canonical comparison URL, no JavaScript needed. */
export default function ComparePicker({ first = 250, second = 550 }: { first?: number; second?: number }) {
  const t = useTranslations('ComparePicker');
  const tRoot = useTranslations();
  const locale = useLocale();
  const options = allReplyCodes().map((code) => (
    <option key={code.code} value={code.code}>
      {`${code.code} ${codeTexts(tRoot, code).text('name')}`}
    </option>
  ));
  return (
    <form className={styles.picker} action={comparePickerPath(locale)} method="get">
      <label>
        {t('first')}
        <select name="a" defaultValue={first}>
          {options}
        </select>
      </label>
      <label>
        {t('second')}
        <select name="b" defaultValue={second}>
          {options}
        </select>
      </label>
      <button type="submit">{t('submit')}</button>
    </form>
  );
}
