import { Link, Text } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { askFor, PAGE_USERS } from '../app/page-access.js';
import { href, type Route } from '../app/routes.js';
import { useMe } from '../auth/session.js';
import { PageTitle } from '../components/Text.js';

/**
 * A page opened by its address by someone who cannot use it: the heading says
 * plainly who can, and the text who to ask. Nothing is asked of the API.
 */
export function NoAccessPage({ page, children }: { page: Route['page']; children?: ReactNode }) {
  const me = useMe();
  const who = PAGE_USERS[page]?.who ?? 'the people it is for';
  return (
    <>
      <PageTitle>{`Only ${who} can use this page`}</PageTitle>
      {children && (
        <Text as="p" block>
          {children}
        </Text>
      )}
      <Text as="p" block>
        {`You are signed in as ${me.name}. If you need this page for your work, ask ${askFor(me, page)}. `}
        <Link href={href.home()}>Go to the Lantern home page</Link>.
      </Text>
    </>
  );
}
