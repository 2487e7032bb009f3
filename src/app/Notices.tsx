// Announces saves and errors at the top of the main area, in the page's flow so they never cover a
// link or a field: errors interrupt (role="alert") and stay until dismissed; confirmations wait politely
// (role="status") and leave with the screen they confirm. An error's technical detail, when there is
// one, waits behind "Details".
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../components/Link';
import { routeToHash } from '../routing/route';
import { useRouteStore } from '../routing/route-store';
import { useNoticeStore, type Notice } from '../state/notice-store';

function NoticeLine({ notice }: { notice: Notice }) {
  // Storage failures are worded in the "alerts" namespace, fetched right after start (see App).
  const { t } = useTranslation(['common', 'alerts']);
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
  const place = useRouteStore((state) => routeToHash(state.route));
  useEffect(() => {
    useNoticeStore.getState().leaveFor(place);
  }, [place]);
  return (
    <div className="notices">
      <div role="alert">
        {notices
          .filter((n) => n.kind === 'error')
          .map((notice) => (
            <Suspense key={notice.id} fallback={null}>
              <NoticeLine notice={notice} />
            </Suspense>
          ))}
      </div>
      <div role="status">
        {notices
          .filter((n) => n.kind === 'info' && (n.place === undefined || n.place === place))
          .map((notice) => (
            <Suspense key={notice.id} fallback={null}>
              <NoticeLine notice={notice} />
            </Suspense>
          ))}
      </div>
    </div>
  );
}
