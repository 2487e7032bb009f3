// Shown when a link points at something that no longer exists (deleted cycle, response…).
import { useTranslation } from 'react-i18next';
import { Link } from './Link';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <section>
      <p>{t('notFound')}</p>
      <Link to={{ name: 'home' }}>{t('goHome')}</Link>
    </section>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return <p role="status">{t('loading')}</p>;
}
