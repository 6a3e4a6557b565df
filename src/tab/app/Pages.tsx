import { lazy, Suspense } from 'react';
import { Loading } from '../components/Notices.js';
import { HomePage } from '../pages/home/HomePage.js';
import { NotFoundPage } from '../pages/NotFoundPage.js';
import type { Route } from './routes.js';

// Pages other than home load on first visit, keeping the first download small.
const ConcernPage = lazy(() => import('../pages/concern/ConcernPage.js'));
const ChronologyPage = lazy(() => import('../pages/chronology/ChronologyPage.js'));
const ReferralPage = lazy(() => import('../pages/referral/ReferralPage.js'));
const ReferralsPage = lazy(() => import('../pages/referrals/ReferralsPage.js'));
const AlertsPage = lazy(() => import('../pages/alerts/AlertsPage.js'));
const AccessPage = lazy(() => import('../pages/access/AccessPage.js'));
const LogConcernPage = lazy(() => import('../pages/log/LogConcernPage.js'));
const MyConcernsPage = lazy(() => import('../pages/mine/MyConcernsPage.js'));
const SearchPage = lazy(() => import('../pages/search/SearchPage.js'));

function page(route: Route) {
  switch (route.page) {
    case 'home':
      return <HomePage />;
    case 'concern':
      return <ConcernPage key={route.id} id={route.id} />;
    case 'child':
      return <ChronologyPage key={route.id} id={route.id} />;
    case 'referral':
      return <ReferralPage key={route.id} id={route.id} />;
    case 'referrals':
      return <ReferralsPage params={route.params} />;
    case 'alerts':
      return <AlertsPage />;
    case 'access':
      return <AccessPage />;
    case 'log':
      return <LogConcernPage />;
    case 'mine':
      return <MyConcernsPage />;
    case 'search':
      return <SearchPage params={route.params} />;
    default:
      return <NotFoundPage />;
  }
}

export function Pages({ route }: { route: Route }) {
  return <Suspense fallback={<Loading />}>{page(route)}</Suspense>;
}
