// Keeps a failure while showing a screen from blanking the whole app. Once storage is lost (see
// StorageLossAlert), a screen that reads the closed database fails by design: it says the page cannot
// be shown until the reload. Any other failure says so in plain words, with the detail behind "Details".
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { technicalDetail } from '../lib/technical-detail';
import { useStorageStore } from '../state/storage-store';

function Failure({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const loss = useStorageStore((state) => state.loss);
  if (loss !== undefined) return <p className="muted">{t('storage.screenClosed')}</p>;
  return (
    <div className="notice notice-error stack-small" role="alert">
      <p>{t('errors.unexpected')}</p>
      <button type="button" onClick={() => location.reload()}>
        {t('storage.reload')}
      </button>
      <details className="technical-details">
        <summary>{t('technicalDetails')}</summary>
        <code>{technicalDetail(error)}</code>
      </details>
    </div>
  );
}

interface Props {
  /** Changes with the route: going to another screen tries again. */
  place: string;
  children: ReactNode;
}

interface State {
  failed: boolean;
  error?: unknown;
  /** The place that failed; undefined until the next render records it. */
  place?: string | undefined;
}

export class ScreenBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { failed: true, error, place: undefined };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (!state.failed) return null;
    if (state.place === undefined) return { place: props.place };
    if (state.place !== props.place) return { failed: false, error: undefined, place: undefined };
    return null;
  }

  override render() {
    return this.state.failed ? <Failure error={this.state.error} /> : this.props.children;
  }
}
