import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { ApiError } from '../../api/client.js';
import type { AccessReport, AccessView } from '../../api/types.js';
import { useResource } from '../../api/use-resource.js';
import { useMe } from '../../auth/session.js';
import { ErrorNotice, Loading, Success } from '../../components/Notices.js';
import { Section } from '../../components/Section.js';
import { PageTitle } from '../../components/Text.js';
import { HistorySection } from '../concern/HistorySection.js';
import { AccessReportSection } from './AccessReportSection.js';
import { MappingEditor, useSaveAccess } from './MappingEditor.js';
import { PendingChangesSection, PendingSavedNotice } from './PendingChangesSection.js';

/** The school's group → role mapping (admins), its history, and the access report (admins and DSLs). */
function MappingSection({ onSaved }: { onSaved?(): void }) {
  const access = useResource<AccessView>('/api/access-config');
  const save = useSaveAccess(access.etag);
  const [conflict, setConflict] = useState<ApiError>();
  const [generation, setGeneration] = useState(0);
  const [saved, setSaved] = useState(false);
  const [pending, setPending] = useState(false);
  const v = access.data;
  return (
    <>
      <Section title="Access mapping">
        <Text>Which Microsoft Entra groups give which Lantern roles. Changes take effect at once; the API refuses a mapping with no admin group.</Text>
        {conflict && (
          <MessageBar intent="warning" layout="multiline" role="alert">
            <MessageBarBody>
              <MessageBarTitle>Someone else changed the mapping first</MessageBarTitle>
              {conflict.message} The mapping has been reloaded and your changes were not saved; make them again.
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => setConflict(undefined)}>Dismiss</Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {saved && <Success title="Access saved">It takes effect at once.</Success>}
        {pending && <PendingSavedNotice />}
        {access.loading && !v && <Loading />}
        {access.error && <ErrorNotice error={access.error} onRetry={access.reload} />}
        {v && (
          <MappingEditor
            key={`${access.etag}-${generation}`}
            view={v}
            save={async (config) => {
              const result = await save(config);
              setSaved(result.ok && !result.pending);
              setPending(result.ok && result.pending === true);
              if (result.ok) onSaved?.();
              if (result.ok) {
                setConflict(undefined);
                access.reload();
              } else if (result.error.status === 412) {
                setConflict(result.error);
                setGeneration((g) => g + 1);
                access.reload();
              }
              return result;
            }}
          />
        )}
      </Section>
      {v && <HistorySection history={[...v.history].sort((a, b) => b.version - a.version)} />}
    </>
  );
}

export default function AccessPage() {
  const me = useMe();
  const admin = me.roles.includes('admin');
  const dsl = me.roles.includes('dsl');
  const report = useResource<AccessReport>(admin || dsl ? '/api/access-report' : null);
  const [decisions, setDecisions] = useState(0);
  return (
    <>
      <PageTitle>Access</PageTitle>
      {(admin || dsl) && report.data && (
        <PendingChangesSection
          pending={report.data.pending ?? []}
          onDecided={() => {
            setDecisions((n) => n + 1);
            report.reload();
          }}
        />
      )}
      {admin && <MappingSection key={decisions} onSaved={report.reload} />}
      {(admin || dsl) && <AccessReportSection report={report} />}
      {!admin && !dsl && <Text>Only Lantern admins and DSLs can see who has access.</Text>}
    </>
  );
}
