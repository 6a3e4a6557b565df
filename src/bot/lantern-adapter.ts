import { CloudAdapter, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';

/**
 * botbuilder's CloudAdapter, with its request processing reachable without
 * its own HTTP glue: Lantern's route reads the body with its size limit and
 * answers errors in the API's JSON shape.
 */
export class LanternAdapter extends CloudAdapter {
  runActivity(authHeader: string, activity: Activity, logic: (turn: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, activity, logic);
  }
}
