import { Link, Text } from '@fluentui/react-components';
import { href } from '../../app/routes.js';
import { useMe } from '../../auth/session.js';
import { PageTitle } from '../../components/Text.js';
import { MyConcernsList } from '../mine/MyConcernsList.js';
import { Dashboard } from './Dashboard.js';

/** DSLs land on their dashboard; staff on their own concerns; others on what they may do. */
export function HomePage() {
  const me = useMe();
  if (me.can.dashboard) return <Dashboard />;
  if (me.can.myConcerns) {
    return (
      <>
        <PageTitle>My concerns</PageTitle>
        <Text as="p" block>
          The concerns you logged or were alerted to. <Link href={href.log()}>Log a new concern</Link>
          {me.can.search && (
            <>
              {' '}
              or <Link href={href.search()}>search the concerns you can read</Link>
            </>
          )}
          .
        </Text>
        <MyConcernsList />
      </>
    );
  }
  if (me.roles.includes('admin')) return <AdminHome />;
  return (
    <>
      <PageTitle>Lantern</PageTitle>
      <Text as="p" block>
        {me.can.search ? (
          <>
            You can <Link href={href.search()}>search the concerns in your categories</Link>.
          </>
        ) : (
          'Your Lantern role does not include reading concerns. Ask your Designated Safeguarding Lead if you need to.'
        )}
      </Text>
    </>
  );
}

const ADMIN_TASKS: [string, string, string][] = [
  ['Access', href.access(), 'Which Microsoft Entra groups give which Lantern roles, and who can see what.'],
  ['Audit trail', href.audit(), 'Every view, change and refused attempt, by person and date.'],
  ['School calendar', href.calendar(), 'Term dates, closure days and the end of the school day, for deadlines.'],
  ['Referral timescales', href.referralSettings(), 'Agencies, their milestones and when reminders are sent.'],
  ['Retention periods', href.retentionSettings(), 'How long child protection files are kept, by category.'],
];

/** A Lantern admin's home: the settings they look after. Admins never read concerns. */
function AdminHome() {
  return (
    <>
      <PageTitle>Lantern settings</PageTitle>
      <Text as="p" block>
        You look after how Lantern is set up for the school. You do not see concerns or children.
      </Text>
      <ul aria-label="Your tasks">
        {ADMIN_TASKS.map(([label, to, what]) => (
          <li key={to}>
            <Link href={to}>{label}</Link>
            {`: ${what}`}
          </li>
        ))}
      </ul>
    </>
  );
}
