import { Link, Text } from '@fluentui/react-components';
import { href } from '../../app/routes.js';
import { PageTitle } from '../../components/Text.js';
import { MyConcernsList } from './MyConcernsList.js';

export default function MyConcernsPage() {
  return (
    <>
      <PageTitle>My concerns</PageTitle>
      <Text as="p" block>
        Everything you logged or were alerted to, with where it has got to. <Link href={href.log()}>Log a new concern</Link>.
      </Text>
      <MyConcernsList />
    </>
  );
}
