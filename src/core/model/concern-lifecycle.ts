import { LanternError } from '../errors.js';
import type { Concern } from './concern.js';

/** new → triaged → closed. Actions can be managed until closure. */
export const lifecycle = {
  triage: (c: Concern) => c.status === 'new',
  close: (c: Concern) => c.status === 'triaged',
  manageActions: (c: Concern) => c.status !== 'closed',
  edit: (c: Concern) => c.status !== 'closed',
} as const;

export type Transition = keyof typeof lifecycle;

const WHY: Record<Transition, string> = {
  triage: 'Only a new concern can be triaged; this one is already',
  close: 'A concern must be triaged before it is closed; this one is',
  manageActions: 'Actions cannot change on a closed concern; this one is',
  edit: 'A closed concern cannot be edited; this one is',
};

export function assertTransition(concern: Concern, transition: Transition): void {
  if (!lifecycle[transition](concern)) {
    throw new LanternError('invalid_state', `${WHY[transition]} ${concern.status}.`);
  }
}
