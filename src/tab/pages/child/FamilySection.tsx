import { Badge, Button, Caption1, Link, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { Family, FamilyView } from '../../api/types.js';
import { useResource } from '../../api/use-resource.js';
import { href } from '../../app/routes.js';
import { StatusBadge } from '../../components/Badges.js';
import { useListStyles } from '../../components/lists.js';
import { Section } from '../../components/Section.js';
import { LINK_KIND_LABELS } from '../../format/child-file-labels.js';
import { formatPlainDate } from '../../format/dates.js';
import { ChildAdultForm, FamilyLinkForm } from './FamilyForms.js';
import { RemoveLinkButton } from './RemoveLinkButton.js';

const yearText = (y?: string) => (y === undefined ? '' : y === 'R' ? 'Reception' : y === 'N' ? 'Nursery' : `Year ${y}`);

function OpenWork({ childId }: { childId: string }) {
  const styles = useListStyles();
  const view = useResource<FamilyView>(`/api/children/${encodeURIComponent(childId)}/family/open-work`);
  const items = view.data?.items.filter((i) => i.openConcerns.length + i.openReferrals.length > 0) ?? [];
  if (!view.data) return null;
  if (items.length === 0) return <Caption1 className={styles.muted}>No open concerns or referrals for linked children.</Caption1>;
  return (
    <ul className={styles.list} aria-label="Open work for linked children">
      {items.map((i) => (
        <li key={i.childId} className={styles.item}>
          <Text weight="semibold">{`Open for ${i.name}`}</Text>
          {i.openConcerns.map((c) => (
            <div key={c.id} className={styles.line}>
              <Link href={href.concern(c.id)}>{`Concern ${c.ref}`}</Link>
              <StatusBadge status={c.status} />
            </div>
          ))}
          {i.openReferrals.map((r) => (
            <div key={r.id} className={styles.line}>
              <Link href={href.referral(r.id)}>{`Referral ${r.ref}`}</Link>
              <Caption1>{`Referral to ${r.agencyName ?? 'an agency'}, made ${formatPlainDate(r.madeAt.slice(0, 10))}`}</Caption1>
            </div>
          ))}
        </li>
      ))}
    </ul>
  );
}

/** Adults with parental responsibility, siblings and household links; for DSLs, the linked children's open work and the forms to add to them. */
export function FamilySection({ childId }: { childId: string }) {
  const styles = useListStyles();
  const family = useResource<Family>(`/api/children/${encodeURIComponent(childId)}/family`);
  const [adding, setAdding] = useState<'link' | 'adult'>();
  const f = family.data;
  if (!f || (f.adults.length === 0 && f.links.length === 0 && !f.can.edit)) return null;
  const saved = () => {
    setAdding(undefined);
    family.reload();
  };
  return (
    <Section title="Family">
      {f.adults.length === 0 && f.links.length === 0 && <Text className={styles.empty}>No family recorded.</Text>}
      {f.adults.length > 0 && (
        <ul className={styles.list} aria-label="Adults">
          {f.adults.map((a) => (
            <li key={a.id} className={styles.line}>
              <Text>{`${a.name} (${a.relationship})`}</Text>
              {a.parentalResponsibility && <Badge appearance="tint" color="brand">Parental responsibility</Badge>}
            </li>
          ))}
        </ul>
      )}
      {f.links.length > 0 && (
        <ul className={styles.list} aria-label="Linked children">
          {f.links.map((l) => (
            <li key={l.id} className={styles.line}>
              <Link href={href.child(l.childId)}>{l.name}</Link>
              <Caption1 className={styles.muted}>{[LINK_KIND_LABELS[l.kind] ?? 'Linked', yearText(l.yearGroup)].filter(Boolean).join(' · ')}</Caption1>
              {f.can.edit && <RemoveLinkButton linkId={l.id} name={l.name} kind={LINK_KIND_LABELS[l.kind] ?? 'Linked'} onRemoved={family.reload} />}
            </li>
          ))}
        </ul>
      )}
      {f.can.seeFamilyView && f.links.length > 0 && <OpenWork childId={childId} />}
      {f.can.edit && adding === undefined && (
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: '8px' }}>
          <Button onClick={() => setAdding('link')}>Link a sibling or household</Button>
          <Button onClick={() => setAdding('adult')}>Add an adult</Button>
        </div>
      )}
      {f.can.edit && adding === 'link' && <FamilyLinkForm childId={childId} linked={f.links.map((l) => l.childId)} onSaved={saved} />}
      {f.can.edit && adding === 'adult' && <ChildAdultForm childId={childId} onSaved={saved} />}
    </Section>
  );
}
