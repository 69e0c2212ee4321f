import { defineVendor } from '../../lib/model/catalog-schema';

/** Together AI: inference API (current and legacy hosts), playground, chat and console. */
export default defineVendor({
  id: 'together-ai',
  name: 'Together AI',
  headquarters: 'US',
  products: [
    {
      id: 'api',
      name: 'Together inference API',
      kind: 'api',
      source: 'https://docs.together.ai/docs/openai-api-compatibility',
      hosts: [{ host: 'api.together.xyz' }, { host: 'api.together.ai' }],
    },
    {
      id: 'console',
      name: 'Together playground, chat and console',
      kind: 'developer-tools',
      source: 'https://github.com/nullgen-inc/ai-blocklist/blob/main/lists/ai.domains.txt',
      hosts: [
        { host: 'together.ai', includeSubdomains: true },
        { host: 'together.xyz', includeSubdomains: true },
      ],
    },
  ],
});
