import { Text } from '@fluentui/react-components';
import type { Concern } from '../../api/types.js';
import { ChildLinks } from '../../components/ChildLinks.js';
import { Facts, Section } from '../../components/Section.js';
import { TypedText } from '../../components/Text.js';
import { formatDateTime } from '../../format/dates.js';

const orNone = (s: string) => s || '—';

/** "Karen Whitfield (Ben's mother): shouted at staff at pick-up" — one line each, as text. */
function PeopleList({ people }: { people: Concern['otherPeople'] }) {
  if (people.length === 1) return <span>{describe(people[0]!)}</span>;
  return (
    <ul style={{ margin: 0, paddingInlineStart: '1.2em' }}>
      {people.map((p, i) => (
        <li key={i}>{describe(p)}</li>
      ))}
    </ul>
  );
}

const describe = (p: Concern['otherPeople'][number]) => `${p.name} (${p.relationship})${p.part ? `: ${p.part}` : ''}`;

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
            ['Parents, carers or other adults involved', c.otherPeople.length ? <PeopleList key="p" people={c.otherPeople} /> : '—'],
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
