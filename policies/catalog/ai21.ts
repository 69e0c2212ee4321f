import { defineVendor } from '../../lib/model/catalog-schema';

/** AI21 Labs: Jamba API, AI21 Studio, and the Wordtune writing assistant. */
export default defineVendor({
  id: 'ai21',
  name: 'AI21 Labs',
  headquarters: 'IL',
  products: [
    {
      id: 'api',
      name: 'AI21 API',
      kind: 'api',
      source: 'https://docs.ai21.com/',
      hosts: [{ host: 'api.ai21.com' }],
    },
    {
      id: 'studio',
      name: 'AI21 Studio',
      kind: 'developer-tools',
      source: 'https://docs.ai21.com/',
      hosts: [{ host: 'ai21.com', includeSubdomains: true }],
    },
    {
      id: 'wordtune',
      name: 'Wordtune',
      kind: 'chat-web',
      source: 'https://github.com/nullgen-inc/ai-blocklist/blob/main/lists/ai.domains.txt',
      hosts: [{ host: 'wordtune.com', includeSubdomains: true }],
    },
  ],
});
