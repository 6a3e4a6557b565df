import { Button, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { href } from '../../app/routes.js';
import type { Page } from '../../api/types.js';
import { useResource } from '../../api/use-resource.js';
import { useListStyles } from '../../components/lists.js';
import { ErrorNotice, Loading } from '../../components/Notices.js';
import { Section } from '../../components/Section.js';
import { PageTitle } from '../../components/Text.js';
import { DisclosureDefaultsSection } from './DisclosureDefaults.js';
import { NewRequestForm } from './NewRequestForm.js';
import { SarList } from './SarList.js';
import type { SubjectAccessRequest } from './types.js';

/** Every subject access request (open ones soonest deadline first), and the form to record a new one. */
export default function SubjectAccessListPage() {
  const styles = useListStyles();
  const open = useResource<Page<SubjectAccessRequest>>('/api/subject-access-requests?status=open&limit=100');
  const closed = useResource<Page<SubjectAccessRequest>>('/api/subject-access-requests?status=closed&limit=50');
  const [showForm, setShowForm] = useState(false);
  return (
    <>
      <PageTitle>Subject access requests</PageTitle>
      <Section title="Open">
        {open.loading && <Loading />}
        {open.error && <ErrorNotice error={open.error} onRetry={open.reload} />}
        {open.data && open.data.items.length === 0 && <Text className={styles.empty}>No open request.</Text>}
        {open.data && open.data.items.length > 0 && <SarList label="Open requests" items={open.data.items} />}
      </Section>
      <Section title="Record a request">
        {showForm ? (
          <NewRequestForm onCreated={(s) => window.location.assign(href.subjectAccess(s.id))} />
        ) : (
          <Button onClick={() => setShowForm(true)}>Record a new request</Button>
        )}
      </Section>
      <Section title="Closed">
        {closed.data && closed.data.items.length === 0 && <Text className={styles.empty}>None yet.</Text>}
        {closed.data && closed.data.items.length > 0 && <SarList label="Closed requests" items={closed.data.items} />}
      </Section>
      <DisclosureDefaultsSection />
    </>
  );
}
