// Shows the screen for the current route. Rarely used and heavy screens load on demand.
import { lazy, Suspense, useDeferredValue, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteStore } from '../routing/route-store';
import { HomeScreen } from '../features/home/HomeScreen';
import { TakeScreen } from '../features/questionnaire/TakeScreen';

const ProfileScreen = lazy(() => import('../features/profile/ProfileScreen'));
const NewCycleScreen = lazy(() => import('../features/cycles/NewCycleScreen'));
const CycleScreen = lazy(() => import('../features/cycles/CycleScreen'));
const ResultsScreen = lazy(() => import('../features/results/ResultsScreen'));
const RoadmapScreen = lazy(() => import('../features/roadmap/RoadmapScreen'));
const HistoryScreen = lazy(() => import('../features/history/HistoryScreen'));
const CompareScreen = lazy(() => import('../features/compare/CompareScreen'));
const SettingsScreen = lazy(() => import('../features/settings/SettingsScreen'));
const PrintQuestionnaire = lazy(() => import('../features/cycles/PrintQuestionnaire'));
const SectorScreens = lazy(() => import('../features/sector-snapshot/SectorScreens'));

export function Screen() {
  const { t } = useTranslation();
  // The next screen renders in the background while this one stays: a screen that suspends (its
  // code or interface text loading) would otherwise show the fallback, and React keeps a fallback
  // for at least 300 ms once shown.
  const route = useDeferredValue(useRouteStore((state) => state.route));
  const first = useRef(true);

  // Move focus to the new screen's main region so keyboard and screen-reader users start at its top.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById('main')?.focus();
  }, [route]);

  const screen = (() => {
    switch (route.name) {
      case 'home':
        return <HomeScreen />;
      case 'profile':
        return <ProfileScreen />;
      case 'new-cycle':
        return <NewCycleScreen />;
      case 'cycle':
        return <CycleScreen cycleId={route.cycleId} />;
      case 'take':
        return (
          <TakeScreen key={route.responseId} responseId={route.responseId} page={route.page} />
        );
      case 'results':
        return <ResultsScreen cycleId={route.cycleId} questionnaireId={route.questionnaireId} />;
      case 'roadmap':
        return <RoadmapScreen cycleId={route.cycleId} />;
      case 'read-aloud':
        // The client skills check's screens come with the results screen's code (one lazy load).
        return <ResultsScreen cycleId={route.cycleId} readAloud />;
      case 'history':
        return <HistoryScreen />;
      case 'compare':
        return (
          <CompareScreen earlierCycleId={route.earlierCycleId} laterCycleId={route.laterCycleId} />
        );
      case 'settings':
        return <SettingsScreen />;
      case 'sector':
        return <SectorScreens path={route.path} />;
      case 'print':
        return (
          <PrintQuestionnaire
            questionnaireId={route.questionnaireId}
            version={route.version}
            language={route.language}
          />
        );
    }
  })();
  return <Suspense fallback={<p role="status">{t('loading')}</p>}>{screen}</Suspense>;
}
