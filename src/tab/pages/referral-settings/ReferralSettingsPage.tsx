import { Text } from '@fluentui/react-components';
import { useMe } from '../../auth/session.js';
import { Section } from '../../components/Section.js';
import { PageTitle } from '../../components/Text.js';
import { SettingsFrame, useSettings } from '../calendar/settings-frame.js';
import { ReferralSettingsEditor } from './ReferralSettingsEditor.js';
import type { ReferralSettings } from './types.js';
import { NoAccessPage } from '../NoAccessPage.js';

function SettingsSection() {
  const settings = useSettings<ReferralSettings>('/api/referral-settings');
  return (
    <Section title="Agencies and milestones">
      <Text>
        The agencies DSLs refer to and the milestones each new referral gets, with their timescales: from the referral being made, or from another
        milestone (the initial child protection conference runs 15 working days from the strategy discussion).
      </Text>
      <SettingsFrame settings={settings} what="referral timescales" savedText="New referrals and alerts use them from now on.">
        {(data) => <ReferralSettingsEditor key={settings.key} settings={data} save={settings.save} />}
      </SettingsFrame>
    </Section>
  );
}

/** Agencies, milestones and alert settings (admins). */
export default function ReferralSettingsPage() {
  const me = useMe();
  if (!me.roles.includes('admin')) return <NoAccessPage page="referral-settings">Only a Lantern admin can change agencies and timescales.</NoAccessPage>;
  return (
    <>
      <PageTitle>Referral timescales</PageTitle>
      <SettingsSection />
    </>
  );
}
