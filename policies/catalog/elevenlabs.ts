import { defineVendor } from '../../lib/model/catalog-schema';

/** ElevenLabs: speech/voice API and the ElevenLabs web app. */
export default defineVendor({
  id: 'elevenlabs',
  name: 'ElevenLabs',
  headquarters: 'US',
  products: [
    {
      id: 'api',
      name: 'ElevenLabs API',
      kind: 'api',
      source: 'https://elevenlabs.io/docs/api-reference/introduction',
      hosts: [{ host: 'api.elevenlabs.io' }],
    },
    {
      id: 'web',
      name: 'ElevenLabs web app',
      kind: 'chat-web',
      source: 'https://github.com/v2fly/domain-list-community/blob/master/data/elevenlabs',
      hosts: [
        { host: 'elevenlabs.io', includeSubdomains: true },
        { host: 'elevenlabs.com', includeSubdomains: true },
      ],
    },
  ],
});
