/**
 * Fixed identities of the local demo: one tenant, one app registration, the
 * demo school's Entra groups and the personas. Local mode only.
 */
export const DEMO_TENANT_ID = '4b1d6e2a-9c3f-4e57-8a10-2f6c5d7e9b01';
export const DEMO_API_CLIENT_ID = 'b7e3c1d4-5a6f-4c2b-9d8e-1f0a3b5c7d92';
export const DEMO_SCHOOL_ID = 'demo-primary';

export const DEMO_GROUPS = {
  staff: '0c8f4a1e-3b2d-4e6f-9a7c-5d1e2f3a4b01',
  dsl: '0c8f4a1e-3b2d-4e6f-9a7c-5d1e2f3a4b02',
  admin: '0c8f4a1e-3b2d-4e6f-9a7c-5d1e2f3a4b03',
  sendReaders: '0c8f4a1e-3b2d-4e6f-9a7c-5d1e2f3a4b04',
  head: '0c8f4a1e-3b2d-4e6f-9a7c-5d1e2f3a4b05',
  /** A real group of the tenant that Lantern does not map (e.g. "All users"). */
  unmapped: '0c8f4a1e-3b2d-4e6f-9a7c-5d1e2f3a4b99',
} as const;

export interface Persona {
  key: string;
  oid: string;
  name: string;
  description: string;
  groups: string[];
}

const oid = (n: number) => `6a2e9f10-7c4b-4d3e-8f21-0000000000${String(n).padStart(2, '0')}`;

export const PERSONAS: readonly Persona[] = [
  { key: 'dsl', oid: oid(1), name: 'Alex Morgan', description: 'Designated Safeguarding Lead', groups: [DEMO_GROUPS.staff, DEMO_GROUPS.dsl] },
  { key: 'deputy', oid: oid(2), name: 'Sam Patel', description: 'Deputy DSL', groups: [DEMO_GROUPS.staff, DEMO_GROUPS.dsl] },
  { key: 'teacher', oid: oid(3), name: 'Jo Bennett', description: 'Class teacher, Year 4', groups: [DEMO_GROUPS.staff, DEMO_GROUPS.unmapped] },
  { key: 'teacher2', oid: oid(4), name: 'Chris Evans', description: 'Class teacher, Year 2', groups: [DEMO_GROUPS.staff, DEMO_GROUPS.unmapped] },
  { key: 'senco', oid: oid(5), name: 'Priya Shah', description: 'SENCO (reads SEND)', groups: [DEMO_GROUPS.staff, DEMO_GROUPS.sendReaders] },
  { key: 'admin', oid: oid(6), name: 'Taylor Reed', description: 'Lantern admin (IT / business manager)', groups: [DEMO_GROUPS.admin] },
  { key: 'outsider', oid: oid(7), name: 'Dana Fox', description: 'In the tenant, in no Lantern group', groups: [DEMO_GROUPS.unmapped] },
];

export const personaByKey = (key: string) => PERSONAS.find((p) => p.key === key);
