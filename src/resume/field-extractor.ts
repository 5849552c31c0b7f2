import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { createHeuristicExtractor, type ExtractedResume, type ResumeFieldExtractor } from './extract-fields.js';

/** Fields with the name of the extractor that read them (an LLM's fallback names itself). */
export type AttributedExtraction = ExtractedResume & { extractor: string };

/** The extractor RESUME_EXTRACTOR names; the built-in one is also the LLM's fallback. */
export async function createFieldExtractor(config: Config, logger: Logger): Promise<ResumeFieldExtractor> {
  const heuristic = createHeuristicExtractor();
  if (config.RESUME_EXTRACTOR !== 'llm' || !config.LLM_BASE_URL || !config.LLM_MODEL) return heuristic;
  // The SDK is loaded only when configured: every other start-up stays as quick as before.
  const { createLlmExtractor } = await import('./llm-extractor.js');
  return createLlmExtractor({
    baseUrl: config.LLM_BASE_URL,
    model: config.LLM_MODEL,
    apiKey: config.LLM_API_KEY,
    timeoutMs: config.LLM_TIMEOUT_MS,
    fallback: heuristic,
    logger: logger.child({ component: 'llm extractor' }),
  });
}
