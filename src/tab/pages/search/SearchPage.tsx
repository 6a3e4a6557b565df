import { Button, Link, Text } from '@fluentui/react-components';
import { useResource } from '../../api/use-resource.js';
import { query } from '../../api/client.js';
import type { Concern, Referral } from '../../api/types.js';
import { usePaged } from '../../api/use-paged.js';
import { useRoster } from '../../api/use-roster.js';
import { href } from '../../app/routes.js';
import { navigate } from '../../app/use-route.js';
import { useMe } from '../../auth/session.js';
import { ConcernList } from '../../components/ConcernList.js';
import { useListStyles } from '../../components/lists.js';
import { ErrorNotice, Loading } from '../../components/Notices.js';
import { PageTitle } from '../../components/Text.js';
import { FILTER_KEYS, SearchFilters, type SearchFilter } from './SearchFilters.js';

const fromParams = (params: URLSearchParams): SearchFilter =>
  Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) ?? ''])) as unknown as SearchFilter;

const OTHER_REF = /^[RST]-[A-Z0-9]+$/i;

const REFERRAL_REF = /^R-[A-Z0-9]+$/i;

/** A DSL's referral reference: the referral itself, found through listReferrals (DSLs only, policy-filtered). */
function ReferralByRef({ ref_ }: { ref_: string }) {
  const found = useResource<{ items: Referral[] }>(`/api/referrals${query({ ref: ref_.toUpperCase(), limit: 1 })}`);
  if (found.loading) return null;
  const r = found.data?.items[0];
  if (!r) return <Text as="p" block>{`No referral ${ref_.toUpperCase()} was found.`}</Text>;
  return (
    <Text as="p" block>
      {'Referral '}
      <Link href={href.referral(r.id)}>{r.ref}</Link>
    </Text>
  );
}

/** Referrals, subject access requests and transfers have their own lists; say where a reference of one is found. */
function otherRefHint(ref: string) {
  const kind = ref[0]!.toUpperCase();
  const where = kind === 'R' ? 'Referrals' : kind === 'S' ? 'Subject access' : 'Transfers';
  return `${ref.toUpperCase()} is not a concern reference: look for it under ${where}.`;
}

/** Concerns by reference, words, child, category, date and status — only within what the caller may read (the API filters). */
export default function SearchPage({ params }: { params: URLSearchParams }) {
  const me = useMe();
  const styles = useListStyles();
  const roster = useRoster() ?? [];
  const filter = fromParams(params);
  const path = `/api/concerns${query({
    q: filter.q.trim() || undefined,
    childId: filter.childId,
    category: filter.category,
    status: filter.status,
    from: filter.from ? `${filter.from}T00:00:00Z` : undefined,
    to: filter.to ? `${filter.to}T23:59:59Z` : undefined,
    order: 'recordedAt-desc',
    limit: 25,
  })}`;
  const results = usePaged<Concern>(me.can.search ? path : null);
  if (!me.can.search) return <Text>Search is for DSLs and staff who read a category of concerns.</Text>;
  return (
    <>
      <PageTitle>Search concerns</PageTitle>
      <SearchFilters value={filter} roster={roster} onChange={(next) => navigate(href.search({ ...next }))} />
      {REFERRAL_REF.test(filter.q.trim()) && me.roles.includes('dsl') ? <ReferralByRef ref_={filter.q.trim()} /> : OTHER_REF.test(filter.q.trim()) && <Text as="p" block>{otherRefHint(filter.q.trim())}</Text>}
      {results.error && <ErrorNotice error={results.error} onRetry={results.reload} />}
      <Text role="status">{results.loading ? 'Searching…' : `${results.items.length}${results.next ? '+' : ''} concern(s) found.`}</Text>
      {results.items.length > 0 && <ConcernList items={results.items} label="Search results" />}
      {results.loading && <Loading />}
      {!results.loading && results.items.length === 0 && !results.error && <Text className={styles.empty}>No concerns match.</Text>}
      {results.next && !results.loading && <Button onClick={results.loadMore}>Show more</Button>}
    </>
  );
}
