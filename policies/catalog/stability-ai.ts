import { defineVendor } from '../../lib/model/catalog-schema';

/** Stability AI: Stability platform API, stability.ai web apps and DreamStudio. */
export default defineVendor({
  id: 'stability-ai',
  name: 'Stability AI',
  headquarters: 'GB',
  products: [
    {
      id: 'api',
      name: 'Stability AI platform API',
      kind: 'api',
      source: 'https://platform.stability.ai/docs/api-reference',
      hosts: [{ host: 'api.stability.ai' }],
    },
    {
      id: 'web',
      name: 'Stability AI web apps and DreamStudio',
      kind: 'chat-web',
      source: 'https://github.com/nullgen-inc/ai-blocklist/blob/main/lists/ai.domains.txt',
      hosts: [
        { host: 'stability.ai', includeSubdomains: true },
        { host: 'dreamstudio.ai', includeSubdomains: true },
      ],
    },
  ],
});
