import { defineVendor } from '../../lib/model/catalog-schema';

/** You.com: AI search and chat, and the You.com (YDC index) search API. */
export default defineVendor({
  id: 'you-com',
  name: 'You.com',
  headquarters: 'US',
  products: [
    {
      id: 'chat-web',
      name: 'You.com AI search and chat',
      kind: 'chat-web',
      source: 'https://github.com/nullgen-inc/ai-blocklist/blob/main/lists/ai.domains.txt',
      hosts: [{ host: 'you.com', includeSubdomains: true }],
    },
    {
      id: 'api',
      name: 'You.com search API',
      kind: 'api',
      source: 'https://documentation.you.com/guides/developer-guide',
      hosts: [{ host: 'ydc-index.io', includeSubdomains: true }],
    },
  ],
});
