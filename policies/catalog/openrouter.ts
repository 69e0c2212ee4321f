import { defineVendor } from '../../lib/model/catalog-schema';

/** OpenRouter: multi-model router API and chat (API and web share openrouter.ai). */
export default defineVendor({
  id: 'openrouter',
  name: 'OpenRouter',
  headquarters: 'US',
  products: [
    {
      id: 'api',
      name: 'OpenRouter API and chat',
      kind: 'api',
      source: 'https://openrouter.ai/docs/api-reference/overview',
      hosts: [{ host: 'openrouter.ai', includeSubdomains: true }],
    },
  ],
});
