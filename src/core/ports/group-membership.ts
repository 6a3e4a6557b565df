/**
 * Which Entra groups a person is in, for doors whose requests carry no groups
 * claim (the bot: an activity names only `from.aadObjectId`). Production asks
 * Microsoft Graph; until that is configured it must refuse, never guess.
 */
export interface GroupMembership {
  /** Group ids (transitive) of the person; throws a `forbidden` LanternError when it cannot tell. */
  groupsOf(tenantId: string, oid: string): Promise<readonly string[]>;
}
