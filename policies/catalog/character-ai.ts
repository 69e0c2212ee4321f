import { defineVendor } from '../../lib/model/catalog-schema';

/** Character.AI: character chat web and apps, and its avatar/image CDN. */
export default defineVendor({
  id: 'character-ai',
  name: 'Character.AI',
  headquarters: 'US',
  products: [
    {
      id: 'chat-web',
      name: 'Character.AI',
      kind: 'chat-web',
      source: 'https://github.com/nullgen-inc/ai-blocklist/blob/main/lists/ai.domains.txt',
      hosts: [
        { host: 'character.ai', includeSubdomains: true },
        { host: 'c.ai', includeSubdomains: true },
      ],
    },
    {
      id: 'cdn',
      name: 'Character.AI image CDN',
      kind: 'cdn',
      source: 'https://github.com/realcoloride/node_characterai',
      hosts: [{ host: 'characterai.io', includeSubdomains: true }],
    },
  ],
});
