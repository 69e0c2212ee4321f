import { defineVendor } from '../../lib/model/catalog-schema';

/** MiniMax: MiniMax API (China and global hosts), Hailuo AI video/chat, and the MiniMax platform and agent sites. */
export default defineVendor({
  id: 'minimax',
  name: 'MiniMax',
  headquarters: 'CN',
  products: [
    {
      id: 'api',
      name: 'MiniMax API',
      kind: 'api',
      source: 'https://platform.minimaxi.com/docs/api-reference/responses-create',
      hosts: [
        { host: 'api.minimaxi.com' },
        { host: 'api.minimax.chat', source: 'https://trtc.io/document/79678' },
        { host: 'api.minimax.io', source: 'https://platform.minimax.io/docs/api-reference/text-openai-api' },
        { host: 'api.minimaxi.chat', source: 'https://glama.ai/mcp/servers/MikhailHall555/MiniMax-MCP-JS/schema' },
      ],
    },
    {
      id: 'chat-web',
      name: 'Hailuo AI',
      kind: 'chat-web',
      source: 'https://github.com/nullgen-inc/ai-blocklist/blob/main/lists/ai.domains.txt',
      hosts: [
        { host: 'hailuoai.com', includeSubdomains: true },
        { host: 'hailuoai.video', includeSubdomains: true },
      ],
    },
    {
      id: 'platform',
      name: 'MiniMax platform and agent',
      kind: 'developer-tools',
      source: 'https://github.com/nullgen-inc/ai-blocklist/blob/main/lists/ai.domains.txt',
      hosts: [
        { host: 'minimax.io', includeSubdomains: true },
        { host: 'minimaxi.com', includeSubdomains: true },
        { host: 'minimax.chat', includeSubdomains: true },
      ],
    },
  ],
});
