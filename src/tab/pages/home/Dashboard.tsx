import { makeStyles, tokens } from '@fluentui/react-components';
import type { Dashboard as DashboardData } from '../../api/types.js';
import { useResource } from '../../api/use-resource.js';
import { ErrorNotice, Loading } from '../../components/Notices.js';
import { PageTitle } from '../../components/Text.js';
import { ActionsPanel } from './ActionsPanel.js';
import { CategoryCountsPanel } from './CategoryCountsPanel.js';
import { ChasesPanel } from './ChasesPanel.js';
import { PatternsPanel } from './PatternsPanel.js';
import { ReferralsPanel } from './ReferralsPanel.js';
import { SubjectAccessPanel } from './SubjectAccessPanel.js';
import { TriagePanel } from './TriagePanel.js';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 22rem), 1fr))',
    gap: tokens.spacingHorizontalL,
    marginTop: tokens.spacingVerticalM,
  },
});

/** The DSL home: every panel links to its records. */
export function Dashboard() {
  const styles = useStyles();
  const dashboard = useResource<DashboardData>('/api/dashboard');
  return (
    <>
      <PageTitle>Safeguarding dashboard</PageTitle>
      {dashboard.loading && !dashboard.data && <Loading />}
      {dashboard.error && <ErrorNotice error={dashboard.error} onRetry={dashboard.reload} />}
      {dashboard.data && (
        <div className={styles.grid}>
          <TriagePanel triage={dashboard.data.triage} />
          <ActionsPanel actions={dashboard.data.actions} today={dashboard.data.today} />
          {dashboard.data.chases && <ChasesPanel chases={dashboard.data.chases} today={dashboard.data.today} />}
          <ReferralsPanel />
          <SubjectAccessPanel />
          <PatternsPanel patterns={dashboard.data.patterns} />
          <CategoryCountsPanel counts={dashboard.data.counts} />
        </div>
      )}
    </>
  );
}
