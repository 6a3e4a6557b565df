import type { SearchInvokeResponse, SearchInvokeValue, TurnContext } from 'botbuilder';
import { listChildren } from '../../core/usecases/list-children.js';
import { CHILDREN_DATASET, yearLabel } from '../cards/concern-form-card.js';
import type { BotEnv } from '../bot-env.js';
import { contextForTurn } from '../turn-actor.js';

const MAX_RESULTS = 15;

const answer = (results: { title: string; value: string }[]): SearchInvokeResponse => ({
  statusCode: 200,
  type: 'application/vnd.microsoft.search.searchResponse',
  value: { results },
});

/**
 * Teams' typeahead for large rosters (Data.Query on the child inputs): the
 * roster comes through listChildren, so the same policy and audit apply.
 */
export async function searchChildren(env: BotEnv, turn: TurnContext, query: SearchInvokeValue): Promise<SearchInvokeResponse> {
  if (query.dataset !== CHILDREN_DATASET || turn.activity.conversation?.conversationType !== 'personal') return answer([]);
  try {
    const ctx = await contextForTurn(env, turn.activity);
    const wanted = (query.queryText ?? '').trim().toLowerCase();
    const found = (await listChildren(env.deps, ctx)).filter((c) => c.name.toLowerCase().includes(wanted));
    const top = Math.min(MAX_RESULTS, query.queryOptions?.top ?? MAX_RESULTS);
    return answer(found.slice(0, top).map((c) => ({ title: `${c.name} (${yearLabel(c.yearGroup)})`, value: c.id })));
  } catch {
    return answer([]);
  }
}
