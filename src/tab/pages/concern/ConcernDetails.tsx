import { Text } from '@fluentui/react-components';
import type { Concern } from '../../api/types.js';
import { ChildLinks } from '../../components/ChildLinks.js';
import { Facts, Section } from '../../components/Section.js';
import { TypedText } from '../../components/Text.js';
import { formatDateTime } from '../../format/dates.js';

const orNone = (s: string) => s || '—';

/** What the member of staff recorded, each child with their own role. Every value is text. */
export function ConcernDetails({ concern: c }: { concern: Concern }) {
  const children = c.children.map((x) => ({ childId: x.childId, role: x.role, name: x.name ?? x.childId, yearGroup: x.yearGroup }));
  const parents = c.parentsInformed.informed ? 'Yes' : `No — ${c.parentsInformed.reason ?? 'no reason given'}`;
  return (
    <>
      <Section title="What happened">
        <TypedText>{c.account}</TypedText>
      </Section>
      <Section title="Details">
        <Facts
          items={[
            ['Children', <ChildLinks key="c" showRole>{children}</ChildLinks>],
            ['When it happened', formatDateTime(c.occurredAt)],
            ['Where', orNone(c.location)],
            ['Action already taken', orNone(c.actionTaken)],
            ['Parents or carers informed', parents],
            ['Other people involved', c.otherPeople.length ? c.otherPeople.map((p) => `${p.name} (${p.relationship})`).join('; ') : '—'],
            ['Staff alerted', c.alertedStaff.length ? c.alertedStaff.map((p) => p.name).join(', ') : '—'],
            ['Recorded', `${formatDateTime(c.recordedAt)} by ${c.createdBy.name}`],
            ['Last changed', `${formatDateTime(c.updatedAt)} by ${c.updatedBy.name} (version ${c.version})`],
          ]}
        />
        {c.can.edit && c.status === 'new' && <Text size={200}>You can still correct this concern until a DSL triages it (ask your DSL, or log a follow-up).</Text>}
      </Section>
    </>
  );
}
