import { Text } from '@fluentui/react-components';
import { useMe } from '../../auth/session.js';
import { Section } from '../../components/Section.js';
import { PageTitle } from '../../components/Text.js';
import { CalendarEditor, type SchoolCalendar } from './CalendarEditor.js';
import { SettingsFrame, useSettings } from './settings-frame.js';
import { NoAccessPage } from '../NoAccessPage.js';

function CalendarSection() {
  const settings = useSettings<SchoolCalendar>('/api/school-calendar');
  return (
    <Section title="Terms and closure days">
      <Text>Timescales counted in school days skip weekends, bank holidays, days outside these terms and closure days. A timescale runs out at the end of the working day.</Text>
      <SettingsFrame settings={settings} what="school calendar" savedText="Timescales counted in school days use it from now on.">
        {(calendar) => <CalendarEditor key={settings.key} calendar={calendar} save={settings.save} />}
      </SettingsFrame>
    </Section>
  );
}

/** The school calendar: term dates, closure days and the end of the working day (admins). */
export default function CalendarPage() {
  const me = useMe();
  if (!me.roles.includes('admin')) return <NoAccessPage page="calendar">Only a Lantern admin can change the school calendar.</NoAccessPage>;
  return (
    <>
      <PageTitle>School calendar</PageTitle>
      <CalendarSection />
    </>
  );
}
