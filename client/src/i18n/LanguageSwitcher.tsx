import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGS, currentLang, setLanguage, type Lang } from './index.js';

export function LanguageSwitcher() {
  const { t } = useTranslation();
  const id = useId();
  return (
    <span className="lang-switch">
      <label htmlFor={id}>{t('app.language')}</label>
      <select id={id} value={currentLang()} onChange={(e) => void setLanguage(e.target.value as Lang)}>
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`app.languageNames.${l}`)}
          </option>
        ))}
      </select>
    </span>
  );
}
