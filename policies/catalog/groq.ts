import { defineVendor } from '../../lib/model/catalog-schema';

/** Groq: GroqCloud inference API, console and GroqChat. */
export default defineVendor({
  id: 'groq',
  name: 'Groq',
  headquarters: 'US',
  products: [
    {
      id: 'api',
      name: 'GroqCloud API',
      kind: 'api',
      source: 'https://console.groq.com/docs/api-reference',
      hosts: [{ host: 'api.groq.com' }],
    },
    {
      id: 'console',
      name: 'GroqCloud console and chat',
      kind: 'developer-tools',
      source: 'https://github.com/v2fly/domain-list-community/blob/master/data/groq',
      hosts: [{ host: 'groq.com', includeSubdomains: true }],
    },
  ],
});
