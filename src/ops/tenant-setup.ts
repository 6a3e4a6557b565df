import { z } from 'zod';
import { bootstrapSchools } from '../core/usecases/bootstrap-schools.js';
import type { Deps } from '../core/usecases/context.js';
import { schoolBootstrapSchema, schoolsBootstrapEnv, type SchoolBootstrap } from '../core/validation/school-bootstrap.js';
import type { GraphApi } from '../identity/graph/graph-api.js';
import { GraphFailure } from '../identity/graph/graph-errors.js';

/** Microsoft Graph's own app id: its service principal holds the application permissions Lantern needs. */
export const MICROSOFT_GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';

/** The application permissions infra/entra/aad.manifest.json asks for (the delegated User.Read needs no grant here). */
export const APPLICATION_PERMISSIONS = ['GroupMember.Read.All', 'User.Read.All', 'TeamsAppInstallation.ReadWriteSelfForUser.All'] as const;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const guid = (what: string) => z.string({ error: `${what} is required` }).regex(GUID, `${what} must be a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)`);
/** A group's object id (picks that group) or a display name (finds it by exact name, or creates it). */
const groupChoice = (role: string) =>
  z
    .string()
    .trim()
    .min(1, `the ${role} group needs a name or an object id`)
    .max(120, `the ${role} group's name must be at most 120 characters`)
    .regex(/^[^"\\<>]+$/, `the ${role} group's name must not contain quotes, backslashes or angle brackets`);

/** `npm run setup:tenant` options (flags, with environment defaults filled in by the command). */
export const tenantSetupOptionsSchema = z.strictObject({
  tenantId: guid('--tenant (TENANT_ID)'),
  clientId: guid('--client-id (API_CLIENT_ID, the Lantern app registration)'),
  school: schoolBootstrapSchema.shape.id,
  schoolName: schoolBootstrapSchema.shape.name,
  timeZone: z.string().min(1).max(64).default('Europe/London'),
  dslGroup: groupChoice('DSL').default('Lantern – DSLs'),
  staffGroup: groupChoice('staff').default('Lantern – Staff'),
  sencoGroup: groupChoice('SENCO').default('Lantern – SEND readers'),
  adminGroup: groupChoice('admin').default('Lantern – Admins'),
  authority: z.url().default('https://login.microsoftonline.com'),
  dryRun: z.boolean().default(false),
});
export type TenantSetupOptions = z.input<typeof tenantSetupOptionsSchema>;

type Role = 'dsl' | 'staff' | 'senco' | 'admin';
interface GroupOutcome { role: Role; name: string; id?: string; action: 'picked' | 'found' | 'created' | 'would create' }
export interface TenantSetupResult {
  groups: GroupOutcome[];
  school: 'created' | 'exists' | 'would create';
  consent: 'granted' | 'already granted' | 'would grant' | 'needs an administrator';
  consentUrl: string;
  /** What was done (or would be), in plain words, then the Teams admin steps. */
  lines: string[];
}

interface GraphGroup { id: string; displayName: string; securityEnabled?: boolean }
interface ServicePrincipal { id: string; appId: string; appRoles?: { id: string; value: string }[] }
interface AppRoleAssignment { appRoleId: string; resourceId: string }

/**
 * Sets a tenant up for Lantern: the Entra security groups (picked by id, found by exact name, or
 * created), the school with its access configuration (validated like LANTERN_SCHOOLS, created only
 * when it does not exist), admin consent for the app's Graph application permissions (or the exact
 * admin-consent URL when the signed-in account cannot grant it), then the Teams admin steps.
 * Idempotent: a second run finds everything and creates nothing. With dryRun it only reads.
 */
/** Where the school's configuration goes: the store the app uses, or the web app's LANTERN_SCHOOLS setting (read at start). */
export interface SchoolWriter {
  exists(schoolId: string): Promise<boolean>;
  create(tenantId: string, entry: SchoolBootstrap): Promise<void>;
  /** Said in the output, e.g. "in the store" or "in the web app's LANTERN_SCHOOLS setting". */
  where: string;
}

/** Writes through the bootstrap use case (validated, audited, never changes an existing school). */
export function storeSchoolWriter(deps: Deps): SchoolWriter {
  return {
    exists: async (id) => !!(await deps.store.schools.get(id)),
    create: async (tenantId, entry) => void (await bootstrapSchools(deps, tenantId, [entry])),
    where: 'in the store',
  };
}

export async function setupTenant(graph: GraphApi, target: Deps | SchoolWriter, input: TenantSetupOptions): Promise<TenantSetupResult> {
  const writer = 'exists' in target ? target : storeSchoolWriter(target);
  const o = tenantSetupOptionsSchema.parse(input);
  const lines: string[] = [];
  const say = (line: string) => void lines.push(line);
  const would = o.dryRun ? 'Would create' : 'Created';

  const groups: GroupOutcome[] = [];
  for (const [role, choice, description] of [
    ['dsl', o.dslGroup, 'Designated Safeguarding Lead and deputies: everything in Lantern'],
    ['staff', o.staffGroup, 'Staff who may log a safeguarding concern in Lantern'],
    ['senco', o.sencoGroup, 'Read Lantern concerns in the SEND category'],
    ['admin', o.adminGroup, 'Lantern configuration, no concern content'],
  ] as const) {
    const outcome = await group(graph, role, choice, description, o.dryRun);
    groups.push(outcome);
    const label = { dsl: 'DSL', staff: 'staff', senco: 'SENCO', admin: 'admin' }[role];
    say(outcome.action === 'would create' || outcome.action === 'created' ? `${would} the ${label} security group "${outcome.name}".` : `Using the existing ${label} security group "${outcome.name}" (${outcome.id}).`);
  }

  const school = await writeSchool(writer, o, groups);
  say(school === 'exists' ? `The school "${o.schoolName}" (${o.school}) already exists ${writer.where}: its admins change access in the Lantern tab; nothing was changed.` : `${would} the school "${o.schoolName}" (${o.school}) with these groups ${writer.where}.`);

  const consentUrl = `${o.authority.replace(/\/+$/, '')}/${o.tenantId}/adminconsent?client_id=${o.clientId}`;
  const consent = await grantConsent(graph, o.clientId, o.dryRun);
  if (consent === 'needs an administrator') say(`Admin consent could not be granted with this account. A Global Administrator or Privileged Role Administrator opens this address and accepts: ${consentUrl}`);
  else if (consent === 'would grant') say(`Would grant admin consent for Microsoft Graph: ${APPLICATION_PERMISSIONS.join(', ')}.`);
  else say(`Admin consent for Microsoft Graph (${APPLICATION_PERMISSIONS.join(', ')}) is ${consent === 'granted' ? 'now granted' : 'already granted'}.`);

  const staff = groups.find((g) => g.role === 'staff')!.name;
  say('');
  say('Then, in the Teams admin centre (a Teams administrator):');
  say('  1. Teams apps → Manage apps: find Lantern (published with `npx atk publish --env prod`), open it and choose Allow (approve the app) if it is blocked or waiting for approval.');
  say(`  2. Teams apps → Setup policies: add a policy (for example "Lantern staff"), add Lantern under Installed apps and Pinned apps, save it, and assign it to the group "${staff}" (Assign to groups).`);
  say('  3. Teams apps → Permission policies: make sure pupils\' policy does not allow Lantern.');
  say('Changes to policies can take a few hours to reach everyone. Lantern also installs itself for the DSL and staff groups when it first needs to alert them.');
  if (o.dryRun) say('Dry run: nothing was changed.');
  return { groups, school, consent, consentUrl, lines };
}

async function group(graph: GraphApi, role: Role, choice: string, description: string, dryRun: boolean): Promise<GroupOutcome> {
  if (GUID.test(choice)) {
    const [found] = (await graph.post<{ value: GraphGroup[] }>('/directoryObjects/getByIds', { ids: [choice], types: ['group'] })).value;
    if (!found) throw new Error(`There is no group with the object id ${choice} in this tenant (the ${role} group).`);
    if (found.securityEnabled === false) throw new Error(`The group "${found.displayName}" is not a security group; Lantern needs security groups.`);
    return { role, name: found.displayName, id: found.id, action: 'picked' };
  }
  const search = encodeURIComponent(`"displayName:${choice}"`);
  const matches = (await graph.getAll<GraphGroup>(`/groups?$search=${search}&$select=id,displayName,securityEnabled`, { ConsistencyLevel: 'eventual' })).filter(
    (g) => g.displayName.toLowerCase() === choice.toLowerCase() && g.securityEnabled !== false,
  );
  if (matches.length > 1) throw new Error(`${matches.length} security groups are called "${choice}"; pass the one you mean by its object id.`);
  if (matches[0]) return { role, name: matches[0].displayName, id: matches[0].id, action: 'found' };
  if (dryRun) return { role, name: choice, action: 'would create' };
  const mailNickname = `lantern-${choice.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`.slice(0, 64);
  const created = await graph.post<GraphGroup>('/groups', { displayName: choice, description, mailEnabled: false, mailNickname, securityEnabled: true });
  return { role, name: choice, id: created.id, action: 'created' };
}

async function writeSchool(writer: SchoolWriter, o: z.output<typeof tenantSetupOptionsSchema>, groups: GroupOutcome[]): Promise<TenantSetupResult['school']> {
  if (await writer.exists(o.school)) return 'exists';
  // A dry run may not know new groups' ids yet; it checks the rest with stand-in ids.
  const idOf = (role: Role) => groups.find((g) => g.role === role)?.id ?? '00000000-0000-4000-8000-000000000000';
  const entry = schoolBootstrapSchema.parse({
    id: o.school,
    name: o.schoolName,
    timeZone: o.timeZone,
    staffGroups: [idOf('staff')],
    dslGroups: [idOf('dsl')],
    adminGroups: [idOf('admin')],
    categoryReaders: [{ groupId: idOf('senco'), label: 'SEND readers', categories: ['send'] }],
  });
  if (o.dryRun) return 'would create';
  await writer.create(o.tenantId, entry);
  return 'created';
}

async function grantConsent(graph: GraphApi, clientId: string, dryRun: boolean): Promise<TenantSetupResult['consent']> {
  try {
    const byAppId = async (appId: string) => (await graph.getAll<ServicePrincipal>(`/servicePrincipals?$filter=${encodeURIComponent(`appId eq '${appId}'`)}`))[0];
    const [app, msGraph] = [await byAppId(clientId), await byAppId(MICROSOFT_GRAPH_APP_ID)];
    if (!app || !msGraph) return dryRun ? 'would grant' : 'needs an administrator';
    const held = await graph.getAll<AppRoleAssignment>(`/servicePrincipals/${encodeURIComponent(app.id)}/appRoleAssignments`);
    const missing = APPLICATION_PERMISSIONS.map((value) => msGraph.appRoles?.find((r) => r.value === value)).filter(
      (role): role is { id: string; value: string } => !!role && !held.some((h) => h.appRoleId === role.id && h.resourceId === msGraph.id),
    );
    if (missing.length === 0) return 'already granted';
    if (dryRun) return 'would grant';
    for (const role of missing) {
      await graph.post(`/servicePrincipals/${encodeURIComponent(app.id)}/appRoleAssignments`, { principalId: app.id, resourceId: msGraph.id, appRoleId: role.id });
    }
    return 'granted';
  } catch (e) {
    if (e instanceof GraphFailure && (e.status === 401 || e.status === 403)) return 'needs an administrator';
    throw e;
  }
}

/**
 * The web app's LANTERN_SCHOOLS setting as the place to write: `read` gives the current value (or undefined),
 * `write` sets the new one. The app creates the school from it at its next start (validated again there).
 */
export function appSettingSchoolWriter(read: () => Promise<string | undefined>, write: (value: string) => Promise<void>, webApp: string): SchoolWriter {
  const current = async (): Promise<SchoolBootstrap[]> => {
    const text = await read();
    if (!text) return [];
    const parsed = schoolsBootstrapEnv.safeParse(text);
    if (!parsed.success) throw new Error(`The web app's LANTERN_SCHOOLS setting is not valid (${parsed.error.issues[0]?.message ?? 'unreadable'}); fix or remove it first.`);
    return parsed.data;
  };
  return {
    exists: async (id) => (await current()).some((s) => s.id === id),
    async create(_tenantId, entry) {
      const value = JSON.stringify([...(await current()), entry]);
      schoolsBootstrapEnv.parse(value);
      await write(value);
    },
    where: `in the LANTERN_SCHOOLS setting of ${webApp} (the app creates it at its next start)`,
  };
}
