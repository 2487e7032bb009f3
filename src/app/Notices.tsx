// Announces saves and errors: errors interrupt (role="alert"), other notices wait politely.
import { useTranslation } from 'react-i18next';
import { Link } from '../components/Link';
import { useNoticeStore, type Notice } from '../state/notice-store';

function NoticeLine({ notice }: { notice: Notice }) {
  const { t } = useTranslation();
  const dismiss = useNoticeStore((state) => state.dismiss);
  return (
    <p className={`notice${notice.kind === 'error' ? ' notice-error' : ''}`}>
      {t(notice.key as 'loading', notice.values ?? {})}{' '}
      {notice.action && (
        <Link to={notice.action.route} onClick={() => dismiss(notice.id)}>
          {t(notice.action.key as 'loading')}
        </Link>
      )}{' '}
      <button type="button" onClick={() => dismiss(notice.id)}>
        {t('close')}
      </button>
    </p>
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
