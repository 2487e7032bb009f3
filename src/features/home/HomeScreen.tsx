// First screen: welcome and profile on the first visit, then the open cycles.
import { lazy, Suspense, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../components/Link';
import type { Cycle } from '../../domain/cycle';
import { Loading } from '../../components/NotFound';
import { useCycles } from '../../state/queries/cycles';
import { useProfile } from '../../state/queries/profile';
import { saveProfile } from '../../state/commands/profile';
import { ProfileFacts, ProfileForm } from '../profile';

// The client skills check's entry loads after the first screen, with its code and texts: the first
// load stays as it was. Its screens are lazy themselves, and a lazy component must resolve to a
// plain one, hence the small component around it.
const StartClientCheck = lazy(() =>
  import('../client-check').then((entry) => ({
    default: function StartClientCheck(props: ComponentProps<typeof entry.StartClientCheck>) {
      return <entry.StartClientCheck {...props} />;
    },
  })),
);

// The open cycles' progress reads and scores their answers, with the engine: after the first screen,
// which shows the plain list of cycles meanwhile.
const CycleOverview = lazy(() => import('./CycleOverview'));

export function HomeScreen() {
  const { t } = useTranslation(['home', 'common']);
  const profile = useProfile();
  const cycles = useCycles();
  if (profile === undefined || cycles === undefined) return <Loading />;

  if (profile === null) {
    return (
      <section className="stack">
        <h1>{t('welcomeTitle')}</h1>
        <p>{t('welcomeIntro')}</p>
        <p className="privacy-note">{t('common:privacy')}</p>
        <h2>{t('startWithProfile')}</h2>
        <Suspense fallback={<Loading />}>
          <ProfileForm
            profile={null}
            submitLabel={t('createProfile')}
            onSave={async (input) => {
              await saveProfile(input);
            }}
          />
        </Suspense>
      </section>
    );
  }

  const open = cycles.filter((cycle) => cycle.closedAt === undefined);
  return (
    <section className="stack">
      <h1>{profile.name}</h1>
      <Suspense fallback={null}>
        <ProfileFacts profile={profile} />
      </Suspense>
      <h2>{t('openCycles')}</h2>
      {open.length === 0 ? (
        <p>{t('noCycles')}</p>
      ) : (
        <Suspense fallback={<OpenCycleList cycles={open} />}>
          <CycleOverview cycles={open} placeholder={<OpenCycleList cycles={open} />} />
        </Suspense>
      )}
      <p>
        <Link className="button primary" to={{ name: 'new-cycle' }}>
          {t('startCycle')}
        </Link>
      </p>
      {cycles.length > open.length && (
        <p>
          <Link to={{ name: 'history' }}>{t('seeHistory')}</Link>
        </p>
      )}
      <Suspense fallback={null}>
        <StartClientCheck cycles={open} />
      </Suspense>
      <p className="privacy-note">{t('common:privacy')}</p>
    </section>
  );
}

function OpenCycleList({ cycles }: { cycles: readonly Cycle[] }) {
  const { t } = useTranslation(['home', 'common']);
  return (
    <ul className="card-list">
      {cycles.map((cycle) => (
        <li key={cycle.id} className="card">
          <Link to={{ name: 'cycle', cycleId: cycle.id }}>{cycle.name}</Link>
          <p className="muted">
            {t('createdOn', { date: t('common:date', { value: new Date(cycle.createdAt) }) })}
          </p>
        </li>
      ))}
    </ul>
  );
}
