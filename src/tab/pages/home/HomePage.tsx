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
  return (
    <>
      <PageTitle>Lantern</PageTitle>
      <Text as="p" block>
        {me.can.search ? (
          <>
            You can <Link href={href.search()}>search the concerns in your categories</Link>.
          </>
        ) : (
          'Your Lantern role does not include reading concerns. Configuration and the audit trail arrive in this tab soon.'
        )}
      </Text>
    </>
  );
}
