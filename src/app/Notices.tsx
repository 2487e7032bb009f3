// Announces saves and errors: errors interrupt (role="alert"), other notices wait politely. Both stay
// until dismissed; an error's technical detail, when there is one, waits behind "Details".
import { useTranslation } from 'react-i18next';
import { Link } from '../components/Link';
import { useNoticeStore, type Notice } from '../state/notice-store';

function NoticeLine({ notice }: { notice: Notice }) {
  const { t } = useTranslation();
  const dismiss = useNoticeStore((state) => state.dismiss);
  return (
    <div className={`notice${notice.kind === 'error' ? ' notice-error' : ''}`}>
      <p>
        <span>{t(notice.key as 'loading', notice.values ?? {})}</span>{' '}
        {notice.action && (
          <Link to={notice.action.route} onClick={() => dismiss(notice.id)}>
            {t(notice.action.key as 'loading')}
          </Link>
        )}{' '}
        <button type="button" onClick={() => dismiss(notice.id)}>
          {t('close')}
        </button>
      </p>
      {notice.details !== undefined && (
        <details className="technical-details">
          <summary>{t('technicalDetails')}</summary>
          <code>{notice.details}</code>
        </details>
      )}
    </div>
  );
}

export function Notices() {
  const notices = useNoticeStore((state) => state.notices);
  return (
    <div className="notices">
      <div role="alert">
        {notices
          .filter((n) => n.kind === 'error')
          .map((notice) => (
            <NoticeLine key={notice.id} notice={notice} />
          ))}
      </div>
      <div role="status">
        {notices
          .filter((n) => n.kind === 'info')
          .map((notice) => (
            <NoticeLine key={notice.id} notice={notice} />
          ))}
      </div>
    </div>
  );
}
