/**
 * What a subject-access export does with each kind of person until the DSL
 * decides otherwise for one of them (with a reason). Set by the school
 * (docs/adr/XXXX-disclosure-defaults-and-staff-names.md); absent = the
 * built-in defaults below, which redact everyone the law treats as a third
 * party and leave names no list knows as written, flagged for the DSL.
 */
export const PERSON_KINDS = ['other-child', 'parent-carer', 'family', 'other-adult', 'professional', 'staff', 'unknown'] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];

export type DisclosureChoice = 'redact' | 'disclose';
export type DisclosureDefaults = Record<PersonKind, DisclosureChoice>;

export const BUILT_IN_DISCLOSURE_DEFAULTS: DisclosureDefaults = {
  'other-child': 'redact',
  'parent-carer': 'redact',
  family: 'redact',
  'other-adult': 'redact',
  professional: 'redact',
  staff: 'redact',
  unknown: 'disclose',
};

/** Each kind in words, for the DSL setting the defaults and reviewing a preview. */
export const PERSON_KIND_LABELS: Record<PersonKind, string> = {
  'other-child': 'Other children',
  'parent-carer': 'Parents and carers',
  family: 'Family members and relatives',
  'other-adult': 'Other adults named on a record (neighbours, family friends)',
  professional: 'Professionals from other agencies (social workers, police, health)',
  staff: 'Staff of the school',
  unknown: 'Names no list knows (found by the name check)',
};

export const effectiveDisclosureDefaults = (s: { disclosureDefaults?: Partial<DisclosureDefaults> }): DisclosureDefaults => ({
  ...BUILT_IN_DISCLOSURE_DEFAULTS,
  ...(s.disclosureDefaults ?? {}),
});

const PARENT = /\b(?:parent|mother|father|mum|mom|dad|carer|guardian|step-?(?:mother|father|mum|dad|parent)|foster|adoptive|special guardian)s?\b/i;
const FAMILY = /\b(?:aunt|auntie|aunty|uncle|grand\w*|gran|granny|nan|nana|nanny|cousin|brother|sister|sibling|half-?(?:brother|sister)|niece|nephew|relative|family|partner|boyfriend|girlfriend|step-?(?:brother|sister)|in-law)s?\b/i;
const PROFESSIONAL = /\b(?:agency|social worker|social care|police|officer|pc|dc|ds|sgt|detective|constable|nurse|doctor|gp|health visitor|paramedic|camhs|early help|worker|practitioner|therapist|psychologist|paediatrician|consultant|lado|lawyer|solicitor|probation|youth|professional|caseworker|key worker|family support|school nurse|advisor|adviser|officer|colleague)\b/i;

/**
 * The kind of an adult outside the school, from how the record describes
 * them ("Grandmother", "mother's partner", "Early help worker", "neighbour").
 * Parents and carers first (a "foster carer" is a carer), then professionals
 * (a "family support worker" is a professional), then relatives.
 */
export function kindOfAdult(relationship: string, opts: { parentalResponsibility?: boolean } = {}): PersonKind {
  const r = relationship.trim();
  if (opts.parentalResponsibility) return 'parent-carer';
  if (/\bpartner\b/i.test(r) && /(?:mother|father|mum|dad)'s/i.test(r)) return 'family';
  if (PARENT.test(r) && !/\b(?:grand|great)/i.test(r)) return 'parent-carer';
  if (PROFESSIONAL.test(r)) return 'professional';
  if (FAMILY.test(r)) return 'family';
  return 'other-adult';
}
