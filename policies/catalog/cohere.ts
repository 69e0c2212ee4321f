import { defineVendor } from '../../lib/model/catalog-schema';

/** Cohere: Cohere API (current and legacy hosts), dashboard, playground and chat. */
export default defineVendor({
  id: 'cohere',
  name: 'Cohere',
  headquarters: 'CA',
  products: [
    {
      id: 'api',
      name: 'Cohere API',
      kind: 'api',
      source: 'https://docs.cohere.com/reference/about',
      hosts: [{ host: 'api.cohere.com' }, { host: 'api.cohere.ai' }],
    },
    {
      id: 'chat-web',
      name: 'Cohere dashboard, playground and chat',
      kind: 'chat-web',
      source: 'https://github.com/v2fly/domain-list-community/blob/master/data/category-ai-!cn',
      hosts: [
        { host: 'cohere.com', includeSubdomains: true },
        { host: 'cohere.ai', includeSubdomains: true },
      ],
    },
  ],
});
