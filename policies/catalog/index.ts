import type { VendorInput } from '../../lib/model/catalog-schema';
import ai21 from './ai21';
import alibabaQwen from './alibaba-qwen';
import anthropic from './anthropic';
import baidu from './baidu';
import bytedanceDoubao from './bytedance-doubao';
import characterAi from './character-ai';
import cohere from './cohere';
import cursor from './cursor';
import deepseek from './deepseek';
import elevenlabs from './elevenlabs';
import fireworks from './fireworks';
import githubCopilot from './github-copilot';
import googleGemini from './google-gemini';
import groq from './groq';
import huggingface from './huggingface';
import metaAi from './meta-ai';
import microsoftCopilot from './microsoft-copilot';
import midjourney from './midjourney';
import minimax from './minimax';
import mistral from './mistral';
import moonshot from './moonshot';
import openai from './openai';
import openrouter from './openrouter';
import perplexity from './perplexity';
import poe from './poe';
import replicate from './replicate';
import stabilityAi from './stability-ai';
import tencentHunyuan from './tencent-hunyuan';
import togetherAi from './together-ai';
import xai from './xai';
import youCom from './you-com';
import zhipu from './zhipu';

/** Every vendor in the catalog, sorted by id. */
export const catalog: readonly VendorInput[] = [
  ai21,
  alibabaQwen,
  anthropic,
  baidu,
  bytedanceDoubao,
  characterAi,
  cohere,
  cursor,
  deepseek,
  elevenlabs,
  fireworks,
  githubCopilot,
  googleGemini,
  groq,
  huggingface,
  metaAi,
  microsoftCopilot,
  midjourney,
  minimax,
  mistral,
  moonshot,
  openai,
  openrouter,
  perplexity,
  poe,
  replicate,
  stabilityAi,
  tencentHunyuan,
  togetherAi,
  xai,
  youCom,
  zhipu,
];
