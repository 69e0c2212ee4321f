import { defineVendor } from '../../lib/model/catalog-schema';

/** OpenAI: OpenAI API, ChatGPT (web, desktop, mobile, voice), Sora, static assets, user content and telemetry. */
export default defineVendor({
  id: 'openai',
  name: 'OpenAI',
  headquarters: 'US',
  products: [
    {
      id: 'api',
      name: 'OpenAI API',
      kind: 'api',
      source: 'https://platform.openai.com/docs/api-reference/introduction',
      hosts: [{ host: 'api.openai.com' }],
    },
    {
      id: 'chat-web',
      name: 'ChatGPT',
      kind: 'chat-web',
      source: 'https://help.openai.com/en/articles/20001323-corporate-network-controls-in-chatgpt-enterprise',
      hosts: [
        { host: 'chatgpt.com', includeSubdomains: true },
        {
          host: 'chat.com',
          includeSubdomains: true,
          source: 'https://github.com/v2fly/domain-list-community/blob/master/data/openai',
        },
        {
          host: 'openai.com',
          includeSubdomains: true,
          source: 'https://github.com/v2fly/domain-list-community/blob/master/data/openai',
        },
      ],
    },
    {
      id: 'sora',
      name: 'Sora',
      kind: 'chat-web',
      source: 'https://github.com/v2fly/domain-list-community/blob/master/data/openai',
      hosts: [{ host: 'sora.com', includeSubdomains: true }],
    },
    {
      id: 'voice',
      name: 'ChatGPT voice mode',
      kind: 'app-backend',
      source: 'https://github.com/v2fly/domain-list-community/blob/master/data/openai',
      hosts: [{ host: 'chatgpt.livekit.cloud' }],
    },
    {
      id: 'static-and-user-content',
      name: 'ChatGPT static assets and uploaded files',
      kind: 'cdn',
      source: 'https://github.com/v2fly/domain-list-community/blob/master/data/openai',
      hosts: [
        { host: 'oaistatic.com', includeSubdomains: true },
        { host: 'oaiusercontent.com', includeSubdomains: true },
      ],
    },
    {
      id: 'telemetry',
      name: 'ChatGPT feature flags and telemetry',
      kind: 'telemetry',
      source: 'https://github.com/v2fly/domain-list-community/blob/master/data/openai',
      hosts: [{ host: 'oaistatsig.com', includeSubdomains: true }],
    },
  ],
});
