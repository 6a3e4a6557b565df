import { Badge, Button, Caption1, Field, Link, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { href } from '../../app/routes.js';
import { query } from '../../api/client.js';
import type { Page, Referral } from '../../api/types.js';
import { useResource } from '../../api/use-resource.js';
import { childNamed, useRoster } from '../../api/use-roster.js';
import { useListStyles } from '../../components/lists.js';
import { ErrorNotice, Loading } from '../../components/Notices.js';
import { PageTitle } from '../../components/Text.js';
import { formatAge, formatDateTime } from '../../format/dates.js';
import { agencyLabel, REFERRAL_STATUS_FILTERS } from '../../format/referral-labels.js';
import { useSchoolAgencies } from '../referral-settings/use-agencies.js';

const useStyles = makeStyles({
  filters: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'flex-end', margin: `${tokens.spacingVerticalM} 0` },
});

/** The school's referrals, filtered by where they stand and by agency (listReferrals). */
export default function ReferralsPage({ params }: { params: URLSearchParams }) {
  const styles = useStyles();
  const list = useListStyles();
  const roster = useRoster();
  const statusParam = params.get('status') ?? '';
  const agencyParam = params.get('agency') ?? '';
  const status = statusParam in REFERRAL_STATUS_FILTERS ? statusParam : '';
  const agencies = useSchoolAgencies(true);
  const agency = agencies.some((a) => a.id === agencyParam) ? agencyParam : '';
  const [cursor, setCursor] = useState<string>();
  const [earlier, setEarlier] = useState<Referral[]>([]);
  const path = `/api/referrals${query({ status, agency, cursor })}`;
  const referrals = useResource<Page<Referral>>(path);
  const go = (next: { status?: string; agency?: string }) => {
    setCursor(undefined);
    setEarlier([]);
    window.location.hash = href.referrals({ status, agency, ...next });
  };
  const items = [...earlier, ...(referrals.data?.items ?? [])];
  return (
    <>
      <PageTitle>Referrals</PageTitle>
      <div className={styles.filters} role="search" aria-label="Filter referrals">
        <Field label="Status">
          <Select value={status} onChange={(_, d) => go({ status: d.value })}>
            <option value="">All</option>
            {Object.entries(REFERRAL_STATUS_FILTERS).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Agency">
          <Select value={agency} onChange={(_, d) => go({ agency: d.value })}>
            <option value="">All agencies</option>
            {agencies.map((a) => (
              <option key={a.id} value={a.id}>
                {a.label}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {referrals.error && <ErrorNotice error={referrals.error} onRetry={referrals.reload} />}
      {!referrals.loading && !referrals.error && items.length === 0 && <Text className={list.empty}>No referral matches.</Text>}
      {items.length > 0 && (
        <ul className={list.list} aria-label="Referrals">
          {items.map((r) => (
            <li key={r.id} className={list.item}>
              <div className={list.line}>
                <Link href={href.referral(r.id)}>{r.ref}</Link>
                <Text>{r.agencyName ?? agencyLabel(r.agency)}</Text>
                <Link href={href.child(r.childId)}>{childNamed(roster, r.childId)}</Link>
                <Badge appearance="tint" color={r.status === 'open' ? 'informative' : 'subtle'}>
                  {r.status === 'open' ? 'Open' : 'Closed'}
                </Badge>
              </div>
              <Caption1>
                {`Made ${formatDateTime(r.madeAt)} by ${r.madeBy.name}`}
                {r.status === 'open' && r.nextDueAt ? ` · next milestone due ${formatAge(r.nextDueAt)}` : ''}
              </Caption1>
            </li>
          ))}
        </ul>
      )}
      {referrals.loading && <Loading />}
      {referrals.data?.cursor && !referrals.loading && (
        <Button
          onClick={() => {
            setEarlier(items);
            setCursor(referrals.data?.cursor);
          }}
        >
          Show more
        </Button>
      )}
    </>
  );
}
