import { Badge, makeStyles, Text, tokens } from '@fluentui/react-components';
import { CategoryTags, StatusBadge } from '../../components/Badges.js';
import { ErrorNotice, Loading, Success } from '../../components/Notices.js';
import { PageTitle } from '../../components/Text.js';
import { STATUS_LABELS } from '../../format/labels.js';
import { ActionsSection } from './ActionsSection.js';
import { ClosureSection } from './ClosureSection.js';
import { ConcernDetails } from './ConcernDetails.js';
import { ConflictNotice } from './ConflictNotice.js';
import { HistorySection } from './HistorySection.js';
import { DocumentsSection } from './DocumentsSection.js';
import { BodyMapSection } from './BodyMapSection.js';
import { ParentalSection } from './ParentalSection.js';
import { ReferSection } from './ReferSection.js';
import { TriageSection } from './TriageSection.js';
import { useConcern } from './use-concern.js';
import { useMe } from '../../auth/session.js';
import { CaseNotesSection } from '../child/CaseNotesSection.js';

const useStyles = makeStyles({
  heading: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

/** Everything recorded about one concern, and the DSL's follow-up where the policy allows it. */
export default function ConcernPage({ id }: { id: string }) {
  const styles = useStyles();
  const concern = useConcern(id);
  const me = useMe();
  const c = concern.data;
  const logged = new URLSearchParams(window.location.hash.split('?')[1]).get('logged');
  const justLogged = logged === '1';
  if (!c) {
    return (
      <>
        <PageTitle>Concern</PageTitle>
        {concern.loading && <Loading />}
        {concern.error && <ErrorNotice error={concern.error} onRetry={concern.error.status === 404 ? undefined : concern.reload} />}
      </>
    );
  }
  return (
    <article aria-labelledby="concern-title">
      <div className={styles.heading}>
        <span id="concern-title">
          <PageTitle>{`Concern ${c.ref}`}</PageTitle>
        </span>
        <StatusBadge status={c.status} />
        {c.urgent && (
          <Badge color="danger" appearance="filled">
            Immediate risk
          </Badge>
        )}
        <CategoryTags ids={c.categories} />
      </div>
      <Text>{STATUS_LABELS[c.status]}</Text>
      {logged === 'urgent' && (
        <Success title="Concern logged and your DSLs alerted">
          You said a child may be at immediate risk, so every DSL has been alerted now. Also speak to a DSL in person straight away; if a child is in danger, call 999.
        </Success>
      )}
      {justLogged && <Success title="Concern logged">Your DSL sees it in their triage queue. You can find it again under My concerns.</Success>}
      {concern.conflict && <ConflictNotice changes={concern.conflict} onDismiss={concern.dismissConflict} />}
      <ConcernDetails concern={c} />
      <BodyMapSection concern={c} change={concern.change} />
      <DocumentsSection concern={c} reload={concern.reload} />
      <ParentalSection concern={c} change={concern.change} />
      <TriageSection concern={c} change={concern.change} />
      <ActionsSection concern={c} post={concern.post} />
      {c.children[0] && (
        <CaseNotesSection childId={c.children[0].childId} concernId={c.id} canAdd={me.can.dashboard || c.createdBy.oid === me.oid} onSaved={concern.reload} />
      )}
      <ReferSection concern={c} />
      <ClosureSection concern={c} change={concern.change} />
      <HistorySection history={c.history ?? []} />
    </article>
  );
}
