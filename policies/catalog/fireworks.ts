import { defineVendor } from '../../lib/model/catalog-schema';

/** Fireworks AI: inference API and the fireworks.ai console/playground. */
export default defineVendor({
  id: 'fireworks',
  name: 'Fireworks AI',
  headquarters: 'US',
  products: [
    {
      id: 'api',
      name: 'Fireworks inference API',
      kind: 'api',
      source: 'https://docs.fireworks.ai/api-reference/introduction',
      hosts: [{ host: 'api.fireworks.ai' }],
    },
    {
      id: 'console',
      name: 'Fireworks console and playground',
      kind: 'developer-tools',
      source: 'https://github.com/nullgen-inc/ai-blocklist/blob/main/lists/ai.domains.txt',
      hosts: [{ host: 'fireworks.ai', includeSubdomains: true }],
    },
  ],
});
