import { Link } from '@fluentui/react-components';
import { Fragment } from 'react';
import { href } from '../app/routes.js';
import type { NamedChild } from '../api/types.js';
import { useMe } from '../auth/session.js';
import { ROLE_LABELS } from '../format/labels.js';
import { FlagBadges } from './FlagBadges.js';

/** Children by name, with their current statuses when the API sends them; to their chronology for those who may read it. */
export function ChildLinks({ children, showRole = false }: { children: NamedChild[]; showRole?: boolean }) {
  const me = useMe();
  return (
    <>
      {children.map((c, i) => (
        <Fragment key={c.childId}>
          {i > 0 && ', '}
          {me.can.readChronology ? <Link href={href.child(c.childId)}>{c.name}</Link> : c.name}
          {showRole && c.role && ` (${ROLE_LABELS[c.role] ?? c.role})`}
          {c.statusFlags && c.statusFlags.length > 0 && <> <FlagBadges flags={c.statusFlags} /></>}
        </Fragment>
      ))}
    </>
  );
}
