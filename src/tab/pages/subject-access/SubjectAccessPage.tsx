import type { ReactNode } from 'react';
import { Badge, Button, Link, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import { href } from '../../app/routes.js';
import { useSubmit } from '../../components/form.js';
import { ErrorNotice, Loading } from '../../components/Notices.js';
import { Facts, Section } from '../../components/Section.js';
import { PageTitle } from '../../components/Text.js';
import { formatDateTime, formatPlainDate } from '../../format/dates.js';
import { FilePreview } from './FilePreview.js';
import { RedactionReview } from './RedactionReview.js';
import { UnknownNames, WithholdingReview } from './Withholding.js';
import { ExportProgress, ReleaseForm, ReleaseList } from './ReleaseSection.js';
import { IdentityForm, ReasonForm } from './SarForms.js';
import { IDENTITY_METHODS, RELATIONSHIPS, STATE_COLOURS, STATE_LABELS, type SubjectAccessRequest } from './types.js';
import { useSubjectAccess } from './use-subject-access.js';

const relationship = (id: string) => RELATIONSHIPS.find(([k]) => k === id)?.[1] ?? 'Someone else';
const identityMethod = (id: string | undefined) => IDENTITY_METHODS.find(([k]) => k === id)?.[1].toLowerCase() ?? 'another way';

function facts(s: SubjectAccessRequest): [string, ReactNode][] {
  return [
    ['Deadline', <span key="d"><Badge color={STATE_COLOURS[s.deadline.state]} appearance="tint">{STATE_LABELS[s.deadline.state]}</Badge>{` Respond by ${formatPlainDate(s.dueOn)}`}</span>],
    ['Child', <Link key="c" href={href.child(s.childId)}>Open the chronology</Link>],
    ['Asked by', `${s.requester.name} (${relationship(s.requester.relationship)})`],
    ['Received', formatPlainDate(s.receivedOn)],
    ['Identity', s.identity.checked ? `Checked${s.identity.checkedOn ? ` on ${formatPlainDate(s.identity.checkedOn)}` : ''}: ${identityMethod(s.identity.method)}` : 'Not yet checked'],
    ['Extension', s.extension ? `Extended ${formatDateTime(s.extension.at)} by ${s.extension.by.name}: ${s.extension.reason}` : 'None'],
    ['Notes', s.notes || '—'],
    ['Status', s.status === 'open' ? 'Open' : `Closed${s.outcome ? ` — ${s.outcome}` : ''}`],
  ];
}

/** One subject access request: its deadline, identity check, extension, the redaction review, release and download, closing. */
export default function SubjectAccessPage({ id }: { id: string }) {
  const sar = useSubjectAccess(id);
  const previewing = useSubmit();
  const s = sar.data;
  if (!s) {
    return (
      <>
        <PageTitle>Subject access request</PageTitle>
        {sar.loading && <Loading />}
        {sar.error && <ErrorNotice error={sar.error} title={sar.error.status === 404 ? 'Request not found' : undefined} />}
      </>
    );
  }
  const open = s.status === 'open';
  return (
    <>
      <PageTitle>{`Subject access request ${s.ref}`}</PageTitle>
      {sar.conflict && (
        <MessageBar intent="warning" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>Someone else changed this request first</MessageBarTitle>
            {sar.conflict.message} It has been reloaded below and your change was not saved.
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={sar.dismissConflict}>Dismiss</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <Section title="Request">
        <Facts items={facts(s)} />
        {open && !s.identity.checked && <IdentityForm change={sar.change} />}
        {open && !s.extension && <ReasonForm op="extend" field="reason" label="Reason to extend by two months" button="Extend the deadline" change={sar.change} />}
      </Section>
      <Section title="Review redactions">
        <Text>Other children, third parties and staff are redacted by default. Release a name only with a reason.</Text>
        {!sar.preview && <Button onClick={() => previewing.run(sar.loadPreview)} disabled={previewing.busy}>Build the export preview</Button>}
        {previewing.error && <ErrorNotice error={previewing.error} />}
        {sar.preview && <Text>{`${sar.preview.redactions.length} ${sar.preview.redactions.length === 1 ? 'person' : 'people'} named, ${sar.preview.redactions.reduce((n, r) => n + r.occurrences, 0)} mentions in all (free text included)`}</Text>}
        {sar.preview && <RedactionReview redactions={sar.preview.redactions} change={sar.change} open={open} />}
        {sar.preview && <UnknownNames names={sar.preview.unknownNames ?? []} />}
        {sar.preview && <FilePreview preview={sar.preview} />}
      </Section>
      {sar.preview && (
        <Section title="Withhold under an exemption">
          <Text>The released files show only “Some information has been withheld”; the exemption and your note stay with this request.</Text>
          <WithholdingReview preview={sar.preview} change={sar.change} open={open} />
        </Section>
      )}
      <Section title="Release">
        {sar.job && <ExportProgress job={sar.job} />}
        {open && <ReleaseForm release={sar.release} reviewed={Boolean(sar.preview)} />}
        <ReleaseList releases={s.releases} download={sar.download} />
      </Section>
      {open && (
        <Section title="Close the request">
          <ReasonForm op="close" field="outcome" label="Outcome (e.g. what was sent, when)" button="Close the request" change={sar.change} />
        </Section>
      )}
    </>
  );
}
