import { Badge, Link, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import type { Concern } from '../../api/types.js';
import { href } from '../../app/routes.js';
import { formatDateTime } from '../../format/dates.js';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

const childName = (c: Concern, childId: string) => c.children.find((k) => k.childId === childId)?.name ?? 'a child on this concern';

/** The referrals made from this concern: reference, agency, state. Shown only when the API sent them (to those who may read referrals). */
export function ConcernReferrals({ concern: c }: { concern: Concern }) {
  const styles = useStyles();
  if (!c.referrals) return null;
  if (c.referrals.length === 0) return <Text>No referral has been made from this concern.</Text>;
  return (
    <ul className={styles.list} aria-label="Referrals made from this concern">
      {c.referrals.map((r) => (
        <li key={r.id} className={styles.item}>
          <Link href={href.referral(r.id)}>{`Referral ${r.ref}`}</Link>
          <Text>{`to ${r.agencyName} for ${childName(c, r.childId)}, made ${formatDateTime(r.madeAt)}`}</Text>
          {r.reference && <Text>{`(their reference ${r.reference})`}</Text>}
          <Badge appearance="tint" color={r.status === 'open' ? 'informative' : 'subtle'}>
            {r.status === 'open' ? 'Open' : 'Closed'}
          </Badge>
        </li>
      ))}
    </ul>
  );
}

/** Before a second referral to the same agency for the same child: say one is already open. */
export function DuplicateReferralWarning({ concern: c, childId, agency }: { concern: Concern; childId: string; agency: string }) {
  const open = c.referrals?.find((r) => r.status === 'open' && r.agency === agency && r.childId === childId);
  if (!open) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        {`Referral ${open.ref} to ${open.agencyName} for ${childName(c, childId)} is already open. Log a contact on it instead, unless this is a new referral. `}
        <Link href={href.referral(open.id)}>Open referral {open.ref}</Link>
      </MessageBarBody>
    </MessageBar>
  );
}
