// Announces saves and errors: errors interrupt (role="alert"), other notices wait politely.
import { useTranslation } from 'react-i18next';
import { useNoticeStore } from '../state/notice-store';

export function Notices() {
  const { t } = useTranslation();
  const notices = useNoticeStore((state) => state.notices);
  const dismiss = useNoticeStore((state) => state.dismiss);
  return (
    <div className="notices">
      <div role="alert">
        {notices
          .filter((n) => n.kind === 'error')
          .map((notice) => (
            <p key={notice.id} className="notice notice-error">
              {t(notice.key as 'loading', notice.values ?? {})}{' '}
              <button
                type="button"
                onClick={() => {
                  dismiss(notice.id);
                }}
              >
                {t('close')}
              </button>
            </p>
          ))}
      </div>
      <div role="status">
        {notices
          .filter((n) => n.kind === 'info')
          .map((notice) => (
            <p key={notice.id} className="notice">
              {t(notice.key as 'loading', notice.values ?? {})}{' '}
              <button
                type="button"
                onClick={() => {
                  dismiss(notice.id);
                }}
              >
                {t('close')}
              </button>
            </p>
          ))}
      </div>
    </div>
  );
}
