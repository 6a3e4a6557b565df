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
const SubjectAccessListPage = lazy(() => import('../pages/subject-access/SubjectAccessListPage.js'));
const SubjectAccessPage = lazy(() => import('../pages/subject-access/SubjectAccessPage.js'));
const AccessPage = lazy(() => import('../pages/access/AccessPage.js'));
const AuditPage = lazy(() => import('../pages/audit/AuditPage.js'));
const CalendarPage = lazy(() => import('../pages/calendar/CalendarPage.js'));
const ReferralSettingsPage = lazy(() => import('../pages/referral-settings/ReferralSettingsPage.js'));
const RetentionPage = lazy(() => import('../pages/retention/RetentionPage.js'));
const RetentionSettingsPage = lazy(() => import('../pages/retention/RetentionSettingsPage.js'));
const TransfersPage = lazy(() => import('../pages/transfer/TransfersPage.js'));
const TransferPage = lazy(() => import('../pages/transfer/TransferPage.js'));
const ParentalReportPage = lazy(() => import('../pages/parental/ParentalReportPage.js'));
const LogConcernPage = lazy(() => import('../pages/log/LogConcernPage.js'));
const MyConcernsPage = lazy(() => import('../pages/mine/MyConcernsPage.js'));
const MyActionsPage = lazy(() => import('../pages/actions/MyActionsPage.js'));
const SearchPage = lazy(() => import('../pages/search/SearchPage.js'));
const AdultConcernsPage = lazy(() => import('../pages/adults/AdultConcernsPage.js'));
const AdultConcernPage = lazy(() => import('../pages/adults/AdultConcernPage.js'));

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
    case 'subject-access':
      return <SubjectAccessListPage />;
    case 'subject-access-request':
      return <SubjectAccessPage key={route.id} id={route.id} />;
    case 'access':
      return <AccessPage />;
    case 'audit':
      return <AuditPage params={route.params} />;
    case 'calendar':
      return <CalendarPage />;
    case 'referral-settings':
      return <ReferralSettingsPage />;
    case 'transfers':
      return <TransfersPage />;
    case 'transfer':
      return <TransferPage key={route.id} id={route.id} />;
    case 'retention-settings':
      return <RetentionSettingsPage />;
    case 'retention':
      return <RetentionPage />;
    case 'parental-report':
      return <ParentalReportPage />;
    case 'log':
      return <LogConcernPage />;
    case 'mine':
      return <MyConcernsPage />;
    case 'actions':
      return <MyActionsPage />;
    case 'search':
      return <SearchPage params={route.params} />;
    case 'adult-concerns':
      return <AdultConcernsPage />;
    case 'adult-concern':
      return <AdultConcernPage key={route.id} id={route.id} />;
    default:
      return <NotFoundPage />;
  }
}

export function Pages({ route }: { route: Route }) {
  return <Suspense fallback={<Loading />}>{page(route)}</Suspense>;
}
