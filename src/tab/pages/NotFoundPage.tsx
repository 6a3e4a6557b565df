import { Link, Text } from '@fluentui/react-components';
import { href } from '../app/routes.js';
import { PageTitle } from '../components/Text.js';

export function NotFoundPage() {
  return (
    <>
      <PageTitle>Page not found</PageTitle>
      <Text as="p" block>
        There is no page at this address. <Link href={href.home()}>Go to the Lantern home page</Link>.
      </Text>
    </>
  );
}
