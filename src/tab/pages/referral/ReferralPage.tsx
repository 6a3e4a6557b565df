import { Badge, Button, Link, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import { href } from '../../app/routes.js';
import { CloseReferralForm, ContactForm, MilestoneForm } from './ReferralForms.js';
import { useReferral } from './use-referral.js';
import { useListStyles } from '../../components/lists.js';
import { ErrorNotice, Loading } from '../../components/Notices.js';
import { Facts, Section } from '../../components/Section.js';
import { PageTitle } from '../../components/Text.js';
import { formatDateTime, formatPlainDate } from '../../format/dates.js';
import { directionWords, methodWords, milestoneStateWords } from '../../format/referral-labels.js';

const MILESTONE_COLOUR: Record<string, 'danger' | 'warning' | 'success' | 'informative'> = { overdue: 'danger', 'due-soon': 'warning', done: 'success' };

/** One referral: milestones with their timescales, the contact log, and (while open) the forms to update it. */
export default function ReferralPage({ id }: { id: string }) {
  const styles = useListStyles();
  const referral = useReferral(id);
  const r = referral.data;
  if (!r) {
    return (
      <>
        <PageTitle>Referral</PageTitle>
        {referral.loading && <Loading />}
        {referral.error && <ErrorNotice error={referral.error} title={referral.error.status === 404 ? 'Referral not found' : undefined} />}
      </>
    );
  }
  return (
    <>
      <PageTitle>{`Referral ${r.ref} — ${r.agencyName ?? r.agency}`}</PageTitle>
      {referral.conflict && (
        <MessageBar intent="warning" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>Someone else changed this referral first</MessageBarTitle>
            {referral.conflict.message} It has been reloaded below and your change was not saved; check it, then make your change again.
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={referral.dismissConflict}>Dismiss</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <Section title="Referral">
        <Facts
          items={[
            ['Status', r.status === 'open' ? 'Open' : `Closed${r.outcome ? ` — ${r.outcome}` : ''}`],
            ['Made', `${formatDateTime(r.madeAt)} by ${r.madeBy.name} (${methodWords(r.method)})`],
            ['Agency reference', r.reference || '—'],
            ['Concern', <Link key="c" href={href.concern(r.concernId)}>Open the concern</Link>],
            ['Child', <Link key="k" href={href.child(r.childId)}>{r.child ? `${r.child.name} (open the chronology)` : 'Open the chronology'}</Link>],
          ]}
        />
      </Section>
      <Section title="Milestones">
        <ul className={styles.list} aria-label="Milestones">
          {r.milestones.map((m) => (
            <li key={m.key} className={styles.item}>
              <div className={styles.line}>
                <Text weight="semibold">{m.label}</Text>
                {m.state && <Badge color={MILESTONE_COLOUR[m.state] ?? 'informative'} appearance="tint">{milestoneStateWords(m.state)}</Badge>}
              </div>
              <Text size={200}>{m.doneAt ? `Done ${formatDateTime(m.doneAt)}` : m.dueAt ? `Due ${formatDateTime(m.dueAt)}` : 'Not started'}</Text>
            </li>
          ))}
        </ul>
        {r.status === 'open' && <MilestoneForm key={r.milestones.filter((m) => !m.doneAt).length} milestones={r.milestones} change={referral.change} />}
      </Section>
      <Section title="Contact log">
        {r.contacts.length === 0 && <Text className={styles.empty}>No contacts recorded.</Text>}
        <ul className={styles.list} aria-label="Contacts">
          {r.contacts.map((c) => (
            <li key={c.id} className={styles.item}>
              <Text weight="semibold">{`${formatDateTime(c.at)} · ${methodWords(c.method)}, ${directionWords(c.direction)} · ${c.who}`}</Text>
              <Text>{c.summary}</Text>
              {c.nextChaseDate && <Text size={200}>{`Next chase: ${formatPlainDate(c.nextChaseDate)}`}</Text>}
            </li>
          ))}
        </ul>
        {r.status === 'open' && <ContactForm addContact={referral.addContact} />}
      </Section>
      {r.status === 'open' && (
        <Section title="Close the referral">
          <CloseReferralForm change={referral.change} />
        </Section>
      )}
    </>
  );
}
