import {
  ActivityTypes, TeamsActivityHandler,
  type AdaptiveCardInvokeResponse, type AdaptiveCardInvokeValue, type SearchInvokeResponse, type SearchInvokeValue, type TurnContext,
} from 'botbuilder';
import { handleCardAction } from './actions/card-actions.js';
import { searchChildren } from './actions/search-children.js';
import type { BotEnv } from './bot-env.js';
import { handleInstall } from './install.js';
import { handleMessage } from './messages.js';
import type { AddressBook } from './notify/addresses.js';
import { activityTenant } from './turn-actor.js';

/** The Teams bot: a second door into the same use cases as the API, with no rules of its own. */
export class LanternBot extends TeamsActivityHandler {
  constructor(
    private readonly env: BotEnv,
    book: AddressBook,
  ) {
    super();
    this.onMessage(async (turn, next) => {
      await handleMessage(env, book, turn);
      await next();
    });
    this.onInstallationUpdateAdd(async (turn, next) => {
      await handleInstall(env, book, turn);
      await next();
    });
  }

  /** Every activity from another tenant is ignored (and logged), whatever its type. */
  override async run(turn: TurnContext): Promise<void> {
    const tenant = activityTenant(turn.activity);
    if (tenant !== this.env.config.TENANT_ID.toLowerCase()) {
      this.env.log.log('warn', 'bot activity from another tenant ignored', { type: turn.activity.type, tenant: tenant ?? '(none)' });
      if (turn.activity.type === ActivityTypes.Invoke) await turn.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 403 } });
      return;
    }
    await super.run(turn);
  }

  protected override onAdaptiveCardInvoke(turn: TurnContext, value: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    return handleCardAction(this.env, turn, value);
  }

  protected override onSearchInvoke(turn: TurnContext, value: SearchInvokeValue): Promise<SearchInvokeResponse> {
    return searchChildren(this.env, turn, value);
  }
}
