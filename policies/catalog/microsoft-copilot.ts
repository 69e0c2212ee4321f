import { defineVendor } from '../../lib/model/catalog-schema';

/**
 * Microsoft Copilot: consumer Copilot (web, apps, Bing chat backend) and Microsoft 365 Copilot Chat.
 * Exact Copilot hostnames only; microsoft.com, bing.com and the rest of Microsoft 365 are never blocked wholesale.
 */
export default defineVendor({
  id: 'microsoft-copilot',
  name: 'Microsoft Copilot',
  headquarters: 'US',
  products: [
    {
      id: 'chat-web',
      name: 'Microsoft Copilot (consumer)',
      kind: 'chat-web',
      source: 'https://github.com/v2fly/domain-list-community/blob/master/data/bing',
      hosts: [
        { host: 'copilot.microsoft.com' },
        { host: 'copilot.com', includeSubdomains: true },
        {
          host: 'sydney.bing.com',
          source: 'https://github.com/nullgen-inc/ai-blocklist/blob/main/lists/ai.domains.txt',
        },
      ],
    },
    {
      id: 'm365-copilot-chat',
      name: 'Microsoft 365 Copilot Chat',
      kind: 'chat-web',
      source: 'https://github.com/v2fly/domain-list-community/blob/master/data/bing',
      hosts: [{ host: 'copilot.cloud.microsoft' }],
    },
  ],
});
