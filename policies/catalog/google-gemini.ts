import { defineVendor } from '../../lib/model/catalog-schema';

/**
 * Google Gemini: Gemini API, Gemini app, Google AI Studio, NotebookLM, Gemini Code Assist and Jules.
 * Only AI-specific Google hostnames are listed; google.com, googleapis.com and gstatic.com are never blocked wholesale.
 */
export default defineVendor({
  id: 'google-gemini',
  name: 'Google Gemini',
  headquarters: 'US',
  products: [
    {
      id: 'api',
      name: 'Gemini API',
      kind: 'api',
      source: 'https://ai.google.dev/api',
      hosts: [{ host: 'generativelanguage.googleapis.com' }],
    },
    {
      id: 'chat-web',
      name: 'Gemini app',
      kind: 'chat-web',
      source: 'https://github.com/v2fly/domain-list-community/blob/master/data/google-deepmind',
      hosts: [
        { host: 'gemini.google.com' },
        { host: 'bard.google.com' },
        { host: 'gemini.google', includeSubdomains: true },
        { host: 'gemini.gstatic.com' },
        {
          host: 'robinfrontend-pa.googleapis.com',
          source: 'https://github.com/nullgen-inc/ai-blocklist/blob/main/lists/ai.domains.txt',
        },
      ],
    },
    {
      id: 'ai-studio',
      name: 'Google AI Studio',
      kind: 'developer-tools',
      source: 'https://ai.google.dev/gemini-api/docs/ai-studio-quickstart',
      hosts: [
        { host: 'aistudio.google.com' },
        {
          host: 'makersuite.google.com',
          source: 'https://github.com/v2fly/domain-list-community/blob/master/data/google-deepmind',
        },
        {
          host: 'ai.studio',
          includeSubdomains: true,
          source: 'https://github.com/v2fly/domain-list-community/blob/master/data/google-deepmind',
        },
        {
          host: 'alkalimakersuite-pa.clients6.google.com',
          source: 'https://github.com/v2fly/domain-list-community/blob/master/data/google-deepmind',
        },
      ],
    },
    {
      id: 'notebooklm',
      name: 'NotebookLM',
      kind: 'chat-web',
      source: 'https://github.com/v2fly/domain-list-community/blob/master/data/google-deepmind',
      hosts: [
        { host: 'notebooklm.google.com' },
        { host: 'notebooklm.google', includeSubdomains: true },
        { host: 'notebooklm-pa.googleapis.com' },
      ],
    },
    {
      id: 'code-assist',
      name: 'Gemini Code Assist and Jules',
      kind: 'developer-tools',
      source: 'https://docs.cloud.google.com/gemini/docs/codeassist/set-up-gemini',
      hosts: [
        { host: 'cloudaicompanion.googleapis.com' },
        {
          host: 'jules.google.com',
          source: 'https://github.com/v2fly/domain-list-community/blob/master/data/google-deepmind',
        },
        {
          host: 'jules.google',
          includeSubdomains: true,
          source: 'https://github.com/v2fly/domain-list-community/blob/master/data/google-deepmind',
        },
      ],
    },
  ],
});
