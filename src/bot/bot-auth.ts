import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { Config } from '../config/config.js';

/** The Bot Framework endpoints botbuilder uses to validate tokens and obtain its own (public Azure values). */
export interface BotAuthEndpoints {
  ToBotFromChannelOpenIdMetadataUrl: string;
  ToBotFromEmulatorOpenIdMetadataUrl: string;
  ToBotFromChannelTokenIssuer: string;
  ToChannelFromBotLoginUrl: string;
  ToChannelFromBotOAuthScope: string;
  OAuthUrl: string;
  CallerId: string;
}

// botbuilder's own defaults (AuthenticationConstants / CallerIdConstants in botframework-connector).
export const PUBLIC_AZURE_ENDPOINTS: BotAuthEndpoints = {
  ToBotFromChannelOpenIdMetadataUrl: 'https://login.botframework.com/v1/.well-known/openidconfiguration',
  ToBotFromEmulatorOpenIdMetadataUrl: 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
  ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
  ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
  ToChannelFromBotOAuthScope: 'https://api.botframework.com',
  OAuthUrl: 'https://api.botframework.com',
  CallerId: 'urn:botframework:azure',
};

/**
 * botbuilder's own request validation. An empty MICROSOFT_APP_ID means "no
 * authentication" to botbuilder, which is why production config refuses it.
 * When any endpoint is overridden botbuilder treats the whole set as explicit,
 * so overrides are merged over the complete public-cloud set.
 */
export function createBotAuthentication(config: Config, overrides?: Partial<BotAuthEndpoints>) {
  // botbuilder refuses SingleTenant without an id; with no id at all (local mode only) it checks nothing.
  const credentials = config.MICROSOFT_APP_ID
    ? {
        MicrosoftAppId: config.MICROSOFT_APP_ID,
        MicrosoftAppType: config.MICROSOFT_APP_TYPE,
        MicrosoftAppTenantId: config.MICROSOFT_APP_TENANT_ID || config.TENANT_ID,
        MicrosoftAppPassword: config.MICROSOFT_APP_PASSWORD,
      }
    : { MicrosoftAppId: '', MicrosoftAppType: 'MultiTenant' };
  const endpoints = overrides ? { ...PUBLIC_AZURE_ENDPOINTS, ...overrides } : {};
  return new ConfigurationBotFrameworkAuthentication({ ...credentials, ...endpoints });
}
