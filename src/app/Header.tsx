// Site header: name, main navigation and the language switch.
import { useTranslation } from 'react-i18next';
import { rememberLanguage } from '../lib/i18n';
import type { Route } from '../routing/route';
import { navigate, useRouteStore } from '../routing/route-store';
import { Link } from '../components/Link';

const sections: { route: Route; key: 'home' | 'history' | 'profile' | 'settings' }[] = [
  { route: { name: 'home' }, key: 'home' },
  { route: { name: 'history' }, key: 'history' },
  { route: { name: 'profile' }, key: 'profile' },
  { route: { name: 'settings' }, key: 'settings' },
];

export function Header() {
  const { t, i18n } = useTranslation();
  const current = useRouteStore((state) => state.route.name);
  const other = i18n.language === 'fr' ? 'en' : 'fr';

  return (
    <header className="site-header">
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('skipToContent')}
      </a>
      <div className="brand">
        <button
          type="button"
          className="link-button brand-name"
          onClick={() => {
            navigate({ name: 'home' });
          }}
        >
          {t('appName')}
        </button>
        <span className="tagline">{t('tagline')}</span>
      </div>
      <nav aria-label={t('nav.label')}>
        <ul>
          {sections.map(({ route, key }) => (
            <li key={key}>
              <Link to={route} aria-current={current === route.name ? 'page' : undefined}>
                {t(`nav.${key}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <button
        type="button"
        className="language-switch"
        lang={other === 'fr' ? 'fr-CA' : 'en-CA'}
        aria-label={t('language.switchToLabel')}
        onClick={() => {
          rememberLanguage(other);
          void i18n.changeLanguage(other);
        }}
      >
        {t('language.switchTo')}
      </button>
    </header>
  );
}
